package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

// Exit statuses.
const (
	exitOK         = 0
	exitDifference = 1 // -check found a difference, or two sources disagree
	exitError      = 2 // bad usage, bad input, network error
)

// env is what a run sees of the outside world, so tests can replace it.
type env struct {
	stdout, stderr io.Writer
	client         *http.Client
	now            func() time.Time
}

func newEnv(stdout, stderr io.Writer) env {
	return env{stdout: stdout, stderr: stderr, client: &http.Client{}, now: time.Now}
}

// errDifference ends a run with exitDifference; its text has been printed.
var errDifference = errors.New("differences found")

// usageError is a bad flag or value.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

const usageText = `usage:
  zozppdata rates    [-format auto|soap|html|refinancing] [-in FILE | -url URL] [-from DATE] [-to DATE]
                     [-max-gap N] [-o FILE] [-check] [-timeout 30s]
  zozppdata calendar [-format auto|xmlcalendar|isdayoff|datagov] [-in FILE | -url URL] [-year YYYY]
                     [-cross-format F] [-cross-in FILE | -cross-url URL] [-citation "..."] [-title T]
                     [-o FILE] [-full] [-check] [-timeout 30s]
run "zozppdata rates -h" or "zozppdata calendar -h" for the flags
`

// run is the whole program and returns the exit status.
func run(ctx context.Context, args []string, e env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usageText)
		return exitError
	}
	var err error
	switch args[0] {
	case "rates":
		err = runRates(ctx, args[1:], e)
	case "calendar":
		err = runCalendar(ctx, args[1:], e)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(e.stdout, usageText)
		return exitOK
	default:
		err = usagef("unknown command %q: accepted are rates and calendar", args[0])
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errDifference):
		return exitDifference
	}
	fmt.Fprintln(e.stderr, "zozppdata: "+err.Error())
	return exitError
}

// parseFlags parses args into fs, printing the flags on -h.
func parseFlags(fs *flag.FlagSet, args []string, e env) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(e.stdout)
			fmt.Fprintf(e.stdout, "zozppdata %s flags:\n", fs.Name())
			fs.PrintDefaults()
			return err
		}
		return usagef("%s: %v (run with -h for the flags)", fs.Name(), err)
	}
	if fs.NArg() > 0 {
		return usagef("%s: unexpected argument %q: every value goes with a flag", fs.Name(), fs.Arg(0))
	}
	return nil
}

// source says where a publication comes from: a file or a URL.
type source struct {
	file, url string
}

func (s source) name() string {
	if s.file != "" {
		return s.file
	}
	return s.url
}

// writeOutput writes data to path, or to stdout when path is empty. A file
// is replaced through a temporary file beside it, so that an interrupted
// run never leaves half a data file.
func writeOutput(path string, data []byte, e env) error {
	if path == "" {
		_, err := e.stdout.Write(data)
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".zozppdata-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// readExisting returns the content of path, or nil when there is no such
// file (an output that does not exist yet).
func readExisting(path string) ([]byte, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, path)
}
