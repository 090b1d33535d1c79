// Proves a worker pool: jobs fan out to 4 workers, results are collected after WaitGroup.Wait and printed sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, value, worker int
}

func main() {
	jobs := make(chan int)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			for j := range jobs {
				results <- result{j, j * j, id}
			}
			wg.Done()
		}(w)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []result
	workers := 0
	seen := [5]bool{}
	for r := range results {
		all = append(all, r)
		if !seen[r.worker] {
			seen[r.worker] = true
			workers++
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	sum := 0
	for _, r := range all {
		fmt.Print(r.job, "->", r.value, " ")
		sum += r.value
	}
	fmt.Println()
	fmt.Println("count", len(all), "sum", sum, "workers used >= 1:", workers >= 1)
}
