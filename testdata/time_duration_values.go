// Proves time.Duration arithmetic, constants, String formatting, Truncate/Round, and ParseDuration.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), int64(d))
	fmt.Println(1500*time.Millisecond, 2*time.Microsecond, 3*time.Nanosecond, time.Duration(0))
	fmt.Println(time.Hour+30*time.Second+5*time.Millisecond, -time.Second)
	fmt.Println((1234567 * time.Microsecond).Round(time.Millisecond), (1234567 * time.Microsecond).Truncate(time.Second))
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	_, err = time.ParseDuration("5 parsecs")
	fmt.Println(err)
	fmt.Printf("%v %d %T\n", time.Second, time.Second, time.Second)
	fmt.Println(time.Duration(1<<63-1))
}
