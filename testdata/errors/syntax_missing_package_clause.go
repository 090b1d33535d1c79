// Intended error: a file without a package clause.
import "fmt"

func main() {
	fmt.Println("x")
}
