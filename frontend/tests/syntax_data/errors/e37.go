package main

type
