package main

const x = iota +
