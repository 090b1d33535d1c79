package main

import "fmt"
var x int
import "os"
