// Command crmhook is a small JSON service a CRM plugin (amoCRM, Bitrix24
// webhooks) calls to show a claim's due date and running penalty:
//
//	POST /v1/assess      a claim in, the assessment out (claimtype.Assess)
//	GET  /v1/claimtypes  the catalog
//	GET  /healthz        liveness
//
//	go run ./examples/crmhook -addr :8080
//
// Requests are limited in size, connections in time; SIGINT or SIGTERM
// shuts it down gracefully.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "listen address")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, *addr, log); err != nil {
		fmt.Fprintln(os.Stderr, "crmhook:", err)
		os.Exit(1)
	}
}

// serve runs the service on addr until ctx is done, then drains requests in
// flight for up to 10 seconds.
func serve(ctx context.Context, addr string, log *slog.Logger) error {
	srv := newServer(addr, log)
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Info("listening", "addr", addr)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}

func newServer(addr string, log *slog.Logger) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           routes(log),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
}
