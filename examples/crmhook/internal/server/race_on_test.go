//go:build race

package server

// raceEnabled: the race detector slows everything down several times, so
// time bounds are checked without it.
const raceEnabled = true
