module example.com/falseshare

go 1.19
