package main

type T = 
