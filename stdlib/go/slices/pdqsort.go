package slices

// Pattern-defeating quicksort (Orson Peters, arXiv:2106.05123) as Go
// implements it, and the stable insertion-sort-and-SymMerge, over elements
// ordered by less. Programs can observe the order these leave equal
// elements in, and the calls they make to a comparison function, so every
// comparison and swap below is the one Go makes, in the same order. This
// is package sort's pdqsort.go with data.Less(i, j) read as
// less(data[i], data[j]) and data.Swap as an exchange of elements.

// A sortedHint is what choosePivot saw of the order of its samples.
type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift is the generator breakPatterns uses, seeded with the length.
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

// bitLen is the number of bits needed to represent n >= 0: the depth
// limit of pdqsort before it falls back to heapsort.
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

// nextPowerOfTwo returns the least power of two above length's top bit.
func nextPowerOfTwo(length int) uint { return 1 << uint(bitLen(length)) }

// insertionSort sorts data[a:b].
func insertionSort[E any](data []E, less func(a, b E) bool, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && less(data[j], data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDown restores the max-heap property of data[first+lo:first+hi]
// below root lo.
func siftDown[E any](data []E, less func(a, b E) bool, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && less(data[first+child], data[first+child+1]) {
			child++
		}
		if !less(data[first+root], data[first+child]) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

// heapSort sorts data[a:b].
func heapSort[E any](data []E, less func(a, b E) bool, a, b int) {
	first, hi := a, b-a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, less, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		siftDown(data, less, 0, i, first)
	}
}

// pdqsort sorts data[a:b]; limit is the number of unbalanced partitions
// allowed before falling back to heapsort.
func pdqsort[E any](data []E, less func(a, b E) bool, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced, wasPartitioned := true, true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(data, less, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, less, a, b)
			return
		}
		// After an unbalanced partition, shuffle some elements to break
		// the pattern that caused it.
		if !wasBalanced {
			breakPatterns(data, less, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, less, a, b)
		if hint == decreasingHint {
			reverseRange(data, less, a, b)
			// The pivot moved with the reversal.
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		// Probably sorted already: try to finish with a few insertions.
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSort(data, less, a, b) {
				return
			}
		}
		// If the element before this range (a pivot of an enclosing
		// partition, so no greater than anything here) is not less than
		// the pivot, the range has many elements equal to it: put them
		// aside.
		if a > 0 && !less(data[a-1], data[pivot]) {
			a = partitionEqual(data, less, a, b, pivot)
			continue
		}
		mid, alreadyPartitioned := partition(data, less, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		// Recurse into the shorter side, loop on the longer.
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsort(data, less, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsort(data, less, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the elements of data[a:b] less than data[pivot] before
// it and the others after it, and returns its new index, and whether
// nothing needed to move.
func partition[E any](data []E, less func(a, b E) bool, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1 // the unpartitioned elements are data[i:j+1]
	for i <= j && less(data[i], data[a]) {
		i++
	}
	for i <= j && !less(data[j], data[a]) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && less(data[i], data[a]) {
			i++
		}
		for i <= j && !less(data[j], data[a]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqual moves the elements of data[a:b] equal to data[pivot] (no
// element is less) to the front and returns where the greater ones start.
func partitionEqual[E any](data []E, less func(a, b E) bool, a, b, pivot int) (newpivot int) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !less(data[a], data[i]) {
			i++
		}
		for i <= j && less(data[a], data[j]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	return i
}

// partialInsertionSort sorts data[a:b] if it takes at most a few shifts of
// out-of-order neighbours, and reports whether it did.
func partialInsertionSort[E any](data []E, less func(a, b E) bool, a, b int) bool {
	const (
		maxSteps         = 5  // out-of-order pairs shifted at most
		shortestShifting = 50 // no shifting in shorter ranges
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !less(data[i], data[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		// Shift the smaller element left, then the greater one right. The
		// left shift's bound is index 1, not a+1, as in Go: it can only
		// stop earlier, at a pivot, since everything before a is no
		// greater.
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !less(data[j], data[j-1]) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !less(data[j], data[j-1]) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// breakPatterns swaps three elements near the middle of data[a:b] with
// pseudo-random others.
func breakPatterns[E any](data []E, less func(a, b E) bool, a, b int) {
	length := b - a
	if length < 8 {
		return
	}
	random := xorshift(length)
	modulus := nextPowerOfTwo(length)
	for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
		other := int(uint(random.Next()) & (modulus - 1))
		if other >= length {
			other -= length
		}
		data[idx], data[a+other] = data[a+other], data[idx]
	}
}

// choosePivot picks a pivot of data[a:b]: the median of three samples at
// the quarters (of three medians of three, for 50 or more elements), and
// hints at the order the samples were in by the swaps the medians took:
// none, increasing; all twelve, decreasing.
func choosePivot[E any](data []E, less func(a, b E) bool, a, b int) (pivot int, hint sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i, j, k := a+l/4*1, a+l/4*2, a+l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacent(data, less, i, &swaps)
			j = medianAdjacent(data, less, j, &swaps)
			k = medianAdjacent(data, less, k, &swaps)
		}
		j = median(data, less, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns a and b ordered by Less, counting a swap if it had to.
func order2[E any](data []E, less func(a, b E) bool, a, b int, swaps *int) (int, int) {
	if less(data[b], data[a]) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns the index of the median of data[a], data[b], data[c].
func median[E any](data []E, less func(a, b E) bool, a, b, c int, swaps *int) int {
	a, b = order2(data, less, a, b, swaps)
	b, c = order2(data, less, b, c, swaps)
	_, b = order2(data, less, a, b, swaps)
	return b
}

// medianAdjacent returns the index of the median of data[a-1:a+2].
func medianAdjacent[E any](data []E, less func(a, b E) bool, a int, swaps *int) int {
	return median(data, less, a-1, a, a+1, swaps)
}

// reverseRange reverses data[a:b].
func reverseRange[E any](data []E, less func(a, b E) bool, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}

// swapRange swaps data[a:a+n] with data[b:b+n].
func swapRange[E any](data []E, less func(a, b E) bool, a, b, n int) {
	for i := 0; i < n; i++ {
		data[a+i], data[b+i] = data[b+i], data[a+i]
	}
}

// stable sorts data[0:n] stably: insertion sort on blocks of 20, then
// merges of neighbouring blocks, doubling, by symMerge.
func stable[E any](data []E, less func(a, b E) bool, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, less, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, less, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, less, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, less, a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted data[a:m] and data[m:b] in place, stably, by
// the SymMerge algorithm of Kim and Kutzner ("Stable Minimum Storage
// Merging by Symmetric Comparisons", 2004).
func symMerge[E any](data []E, less func(a, b E) bool, a, m, b int) {
	// One element on the left: binary-search its place on the right and
	// rotate it there by swaps.
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if less(data[h], data[a]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	// One element on the right: the same, leftwards.
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !less(data[m], data[h]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !less(data[p-c], data[c]) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, less, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, less, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, less, mid, end, b)
	}
}

// rotate exchanges the blocks data[a:m] and data[m:b] by block swaps.
func rotate[E any](data []E, less func(a, b E) bool, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, less, m-i, m, j)
			i -= j
		} else {
			swapRange(data, less, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, less, m-i, m, i)
}
