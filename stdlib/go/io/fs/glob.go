package fs

import "path"

// Glob returns the names in fsys that match pattern (path.Match's
// syntax), in lexical order per directory; its only error is
// path.ErrBadPattern. I/O errors are ignored.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	return globWithLimit(fsys, pattern, 0)
}

func globWithLimit(fsys FS, pattern string, depth int) (matches []string, err error) {
	// A limit on the recursion over the pattern's directories.
	const pathSeparatorsLimit = 10000
	if depth > pathSeparatorsLimit {
		return nil, path.ErrBadPattern
	}
	if fsys, ok := fsys.(GlobFS); ok {
		return fsys.Glob(pattern)
	}
	// Check the pattern once, up front.
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return glob(fsys, dir, file, nil)
	}
	// Avoid infinite recursion on a pattern that is its own directory.
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	var m []string
	m, err = globWithLimit(fsys, dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range m {
		matches, err = glob(fsys, d, file, matches)
		if err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// cleanGlobPath drops the trailing slash of a directory ("" is ".").
func cleanGlobPath(path string) string {
	if path == "" {
		return "."
	}
	return path[0 : len(path)-1]
}

// glob appends to matches the entries of dir that match pattern.
func glob(fs FS, dir, pattern string, matches []string) (m []string, e error) {
	m = matches
	infos, err := ReadDir(fs, dir)
	if err != nil {
		return m, nil
	}
	for _, info := range infos {
		n := info.Name()
		matched, err := path.Match(pattern, n)
		if err != nil {
			return m, err
		}
		if matched {
			m = append(m, path.Join(dir, n))
		}
	}
	return m, nil
}

// hasMeta reports whether path contains any of Match's special
// characters.
func hasMeta(path string) bool {
	for i := 0; i < len(path); i++ {
		switch path[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}
