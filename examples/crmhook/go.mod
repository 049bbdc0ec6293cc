module github.com/zozpp/zozpp/examples/crmhook

go 1.24.0

require (
	github.com/chromedp/chromedp v0.14.2
	github.com/danielgtaylor/huma/v2 v2.35.0
	github.com/go-json-experiment/json v0.0.0-20250725192818-e39067aee2d2
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2
	github.com/shopspring/decimal v1.4.0
	github.com/stretchr/testify v1.11.1
	github.com/xuri/excelize/v2 v2.10.1
	github.com/zozpp/zozpp v0.0.0
	github.com/zozpp/zozpp/examples v0.0.0
	golang.org/x/net v0.50.0
)

require (
	codeberg.org/go-pdf/fpdf v0.11.1 // indirect
	github.com/chromedp/cdproto v0.0.0-20250724212937-08a3db8b4327 // indirect
	github.com/chromedp/sysutil v1.1.0 // indirect
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/gobwas/httphead v0.1.0 // indirect
	github.com/gobwas/pool v0.2.1 // indirect
	github.com/gobwas/ws v1.4.0 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/richardlehane/mscfb v1.0.6 // indirect
	github.com/richardlehane/msoleps v1.0.6 // indirect
	github.com/rickar/cal/v2 v2.1.13 // indirect
	github.com/tiendc/go-deepcopy v1.7.2 // indirect
	github.com/xuri/efp v0.0.1 // indirect
	github.com/xuri/nfp v0.0.2-0.20250530014748-2ddeb826f9a9 // indirect
	golang.org/x/crypto v0.48.0 // indirect
	golang.org/x/sys v0.41.0 // indirect
	golang.org/x/text v0.34.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

replace (
	github.com/zozpp/zozpp => ../../
	github.com/zozpp/zozpp/examples => ../
)
