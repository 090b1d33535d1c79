module gorun.dev/stdlib/tools

go 1.27
