// Command claimcalc computes the deadline of a consumer claim under Russian
// law and the penalty for missing it, with the articles behind every figure.
//
//	go run ./examples/claimcalc -claim goods.refund -received 2024-12-25 -price 59990 -performed 2025-02-03
//	go run ./examples/claimcalc -claim services.defects -received 2025-03-03 -term 14d -price 12000 -asof 2025-04-01 -format json
//	go run ./examples/claimcalc -list
//
// Bad flags or values print one line saying what is accepted and exit with
// status 2; nothing is half-printed.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
