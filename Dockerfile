# syntax=docker/dockerfile:1
#
# The zozpp CRM service (examples/crmhook) as a small image: a static Go
# binary on distroless, running as a non-root user, with a HEALTHCHECK the
# binary answers itself (the image has no shell and no curl).
#
#   docker build -t zozpp-crmhook .
#   docker run --rm -p 8080:8080 -e CRMHOOK_CORS_ORIGINS='https://*.bitrix24.ru' zozpp-crmhook
#   docker kill -s HUP <container>     # reload -calendar / -rates files (mount them, set CRMHOOK_CALENDAR, CRMHOOK_RATES)
#
# Every flag has an environment variable (see the README's service section).

ARG GO_VERSION=1.26

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
# The service builds as its own module (examples/crmhook/go.mod, with
# replace directives to the library), without the workspace.
ENV CGO_ENABLED=0 GOWORK=off GOFLAGS=-trimpath
# Module files first: the download layer is reused until they change.
COPY go.mod go.sum ./
COPY examples/go.mod examples/go.sum ./examples/
COPY examples/crmhook/go.mod examples/crmhook/go.sum ./examples/crmhook/
RUN --mount=type=cache,target=/root/go/pkg/mod cd examples/crmhook && go mod download
COPY . .
ARG VERSION=docker
RUN --mount=type=cache,target=/root/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    cd examples/crmhook && \
    go build -ldflags="-s -w -X github.com/zozpp/zozpp/examples/crmhook/internal/server.buildVersion=${VERSION}" -o /out/crmhook . && \
    /out/crmhook -h 2>/dev/null

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/crmhook /crmhook
# Listen on every interface inside the container; JSON logs for a collector.
ENV CRMHOOK_ADDR=:8080 \
    CRMHOOK_LOG_FORMAT=json \
    CRMHOOK_DRAIN_DELAY=5s
EXPOSE 8080
USER nonroot:nonroot
# docker stop sends SIGTERM: /readyz turns 503 for the drain delay, then
# requests in flight finish (-shutdown-timeout 10s); give it the time.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=15s --timeout=4s --start-period=5s --retries=3 CMD ["/crmhook", "-healthcheck"]
ENTRYPOINT ["/crmhook"]
