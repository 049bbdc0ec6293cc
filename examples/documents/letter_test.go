package documents

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
)

// statute is the wording each letter must quote, with its source; the
// quotations were compared with several public copies of ЗоЗПП (P).
var statute = map[LetterKind][]string{
	Refund: {
		"«отказаться от исполнения договора купли-продажи и потребовать возврата уплаченной за товар суммы»", // ст. 18 п. 1
		"в течение десяти дней со дня предъявления соответствующего требования»",                             // ст. 22
	},
	Replacement: {
		"«потребовать замены на товар этой же марки (этих же модели и (или) артикула)»",                           // ст. 18 п. 1
		"«обязан заменить такой товар в течение семи дней со дня предъявления указанного требования потребителем", // ст. 21 п. 1
		"«замена должна быть проведена в течение месяца со дня предъявления такого требования»",                   // ст. 21 п. 1
	},
	Repair: {
		"«потребовать незамедлительного безвозмездного устранения недостатков товара»", // ст. 18 п. 1
		"не может превышать сорок пять дней»",                                          // ст. 20 п. 1
	},
	PriceReduction: {
		"«потребовать соразмерного уменьшения покупной цены»",                    // ст. 18 п. 1
		"в течение десяти дней со дня предъявления соответствующего требования»", // ст. 22
	},
	Services: {
		"«подлежат удовлетворению в десятидневный срок со дня предъявления соответствующего требования»", // ст. 31 п. 1
		"«в размере трех процентов цены выполнения работы (оказания услуги)",                             // ст. 28 п. 5
	},
}

const (
	goodsPenalty = "«уплачивает потребителю за каждый день просрочки неустойку (пеню) в размере одного процента цены товара»" // ст. 23 п. 1
	fineWording  = "штраф в размере пятьдесят процентов от суммы, присужденной судом в пользу потребителя»"                   // ст. 13 п. 6
)

func TestRenderLetterKinds(t *testing.T) {
	for _, k := range LetterKinds() {
		t.Run(string(k), func(t *testing.T) {
			l := letterFor(k)
			text, err := RenderLetter(l)
			require.NoError(t, err)
			text = strings.ReplaceAll(text, "\u00a0", " ")
			for _, want := range statute[k] {
				assert.Contains(t, text, want)
			}
			assert.Contains(t, text, fineWording)
			if k != Services {
				assert.Contains(t, text, goodsPenalty)
			}
			assert.Contains(t, text, "# ПРЕТЕНЗИЯ")
			assert.Contains(t, text, "> Кому: ООО «Электроника»")
			assert.Contains(t, text, "< ____________________ / Иванов Иван Иванович /")
			assert.Contains(t, text, cite(l.Requirement.Refs, law.Russian), "the requirement with its article")
			assert.Contains(t, text, cite(l.Term.Refs, law.Russian), "the term with its article")
			assert.Contains(t, text, cite(l.Penalty.Refs, law.Russian), "the penalty with its article")
			assert.Contains(t, text, cite(l.Fine.Refs, law.Russian), "the fine with its article")
			assert.NotContains(t, text, "руб..")
			assert.NotContains(t, text, "<no value>")
			blocks, err := parseMarkup(text)
			require.NoError(t, err)
			assert.Equal(t, "ПРЕТЕНЗИЯ", blocks[slicesIndex(blocks, blockTitle)].text)
		})
	}
}

func slicesIndex(blocks []block, k blockKind) int {
	for i, b := range blocks {
		if b.kind == k {
			return i
		}
	}
	return -1
}

func TestRenderLetterReadme(t *testing.T) {
	text, err := RenderLetter(readmeLetter())
	require.NoError(t, err)
	text = strings.ReplaceAll(text, "\u00a0", " ")
	for _, want := range []string{
		"20.12.2024 я приобрёл (приобрела) у Вас товар: смартфон «Пример X», серийный номер 123456789, по цене 59 990,00 руб. (кассовый чек № 1234 от 20.12.2024).",
		"требую вернуть уплаченную за товар денежную сумму в размере 59 990,00 руб. По требованию продавца",
		"Претензия получена Вами 25.12.2024. Срок удовлетворения требования — 10 календарных дней (Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 22) — истёк 09.01.2025",
		"За период с 10.01.2025 по 03.02.2025 (25 дней) неустойка составляет 14 997,50 руб. (59 990,00 руб. × 1 % × 25)",
		"штраф составил бы 7 498,75 руб.",
		"- копия кассового чека № 1234 от 20.12.2024",
		"< г. Москва, 03.02.2025",
	} {
		assert.Contains(t, text, want)
	}
}

func TestRenderLetterBeforeDue(t *testing.T) {
	l := readmeLetter()
	l.Date = l.Term.From
	l.Penalty.From, l.Penalty.To, l.Penalty.Days, l.Penalty.Amount = zeroDate, zeroDate, 0, money2("0")
	l.Fine.Amount = money2("0")
	text, err := RenderLetter(l)
	require.NoError(t, err)
	text = strings.ReplaceAll(text, "\u00a0", " ")
	assert.Contains(t, text, "то есть не позднее 09.01.2025 включительно")
	assert.Contains(t, text, "неустойка в размере 1 % от 59 990,00 руб. за каждый день будет начисляться с 10.01.2025 по день фактического удовлетворения требования")
	assert.NotContains(t, text, "штраф составил бы")

	l.Term.From, l.Term.Due = zeroDate, zeroDate
	text, err = RenderLetter(l)
	require.NoError(t, err)
	assert.Contains(t, text, "в течение 10 календарных дней со дня получения настоящей претензии")
	assert.Contains(t, text, "со дня, следующего за последним днём срока,")
}

func TestLetterValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Letter)
		says   string
	}{
		{"unknown kind", func(l *Letter) { l.Kind = "gift" }, `kind: "gift": accepted are`},
		{"bad template name", func(l *Letter) { l.Template = "../etc" }, "template:"},
		{"no seller", func(l *Letter) { l.Seller.Name = "" }, "seller.name: empty"},
		{"no date", func(l *Letter) { l.Date = zeroDate }, "date: none"},
		{"no requirement article", func(l *Letter) { l.Requirement.Refs = nil }, "requirement.refs: none"},
		{"no term article", func(l *Letter) { l.Term.Refs = nil }, "term.refs: none"},
		{"no fine article", func(l *Letter) { l.Fine.Refs = nil }, "fine.refs: none"},
		{"due without from", func(l *Letter) { l.Term.From = zeroDate }, "term: from"},
		{"penalty miscounted", func(l *Letter) { l.Penalty.Amount = money2("14997.49") }, "penalty.amount: 14997.49, but 59990 × 0.01 × 25 = 14997.5"},
		{"penalty days", func(l *Letter) { l.Penalty.Days = 24 }, "penalty.days: 24"},
		{"penalty not from the day after due", func(l *Letter) {
			l.Penalty.From, l.Penalty.Days, l.Penalty.Amount = l.Penalty.From.AddDays(1), 24, money2("14397.60")
		}, "penalty.from: 11.01.2025: accepted is the day after term.due"},
		{"fine preview off", func(l *Letter) { l.Fine.Amount = money2("7000") }, "fine.amount: 7000, but 0.5 × 14997.5 = 7498.75"},
		{"services without a demand", func(l *Letter) { l.Kind = Services }, "requirement.text: empty"},
		{"control characters", func(l *Letter) { l.Defects = "\x1b[31m" }, "defects: contains control characters"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := readmeLetter()
			tc.change(&l)
			_, err := RenderLetter(l)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalid)
			assert.Contains(t, err.Error(), tc.says)
		})
	}
}

func TestLetterDOCX(t *testing.T) {
	for _, k := range LetterKinds() {
		t.Run(string(k), func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, WriteLetterDOCX(&buf, letterFor(k)))
			paras := docxParagraphs(t, buf.Bytes())
			all := strings.Join(paras, "\n")
			assert.Contains(t, all, "Кому: ООО «Электроника»")
			assert.Contains(t, all, "ПРЕТЕНЗИЯ")
			for _, want := range statute[k] {
				assert.Contains(t, all, want)
			}
			assert.Contains(t, all, fineWording)
			assert.Contains(t, all, "____________________ / Иванов Иван Иванович /")
		})
	}
}

func TestLetterPDF(t *testing.T) {
	poppler(t)
	var buf bytes.Buffer
	require.NoError(t, WriteLetterPDF(&buf, readmeLetter()))
	pages, text := renderPDF(t, buf.Bytes())
	assert.Len(t, pages, 2)
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{
		"Кому: ООО «Электроника»",
		"ПРЕТЕНЗИЯ",
		"о возврате уплаченной за товар денежной суммы",
		"14 997,50 руб.",
		"7 498,75 руб.",
		"09.01.2025",
		"ст. 13 п. 6",
		"/ Иванов Иван Иванович /",
	} {
		assert.Contains(t, flat, want)
	}
}

func TestLoadTemplates(t *testing.T) {
	// A user's copy of the templates with the refund letter reworded.
	fsys := fstest.MapFS{}
	entries, err := shippedTemplates.ReadDir("templates")
	require.NoError(t, err)
	for _, e := range entries {
		b, err := shippedTemplates.ReadFile("templates/" + e.Name())
		require.NoError(t, err)
		fsys[e.Name()] = &fstest.MapFile{Data: b}
	}
	fsys["my-refund.ru.tmpl"] = &fstest.MapFile{Data: []byte(`{{template "header" .}}
# ТРЕБОВАНИЕ
Верните {{money .Requirement.Amount}} до {{date .Term.Due}}.
{{template "fine" .}}`)}
	tpl, err := LoadTemplates(fsys)
	require.NoError(t, err)
	assert.Equal(t, []string{"my-refund", "price-reduction", "refund", "repair", "replacement", "services"}, tpl.Names())
	l := readmeLetter()
	l.Template = "my-refund"
	text, err := tpl.Render(l)
	require.NoError(t, err)
	assert.Contains(t, text, "# ТРЕБОВАНИЕ\nВерните 59\u00a0990,00\u00a0руб. до 09.01.2025.")

	l.Template = "missing"
	_, err = tpl.Render(l)
	assert.ErrorContains(t, err, `no template "missing.ru.tmpl": accepted are my-refund, price-reduction, refund, repair, replacement, services`)

	_, err = LoadTemplates(fstest.MapFS{"bad.ru.tmpl": {Data: []byte("{{.Nope")}})
	assert.ErrorIs(t, err, ErrInvalid)

	broken, err := LoadTemplates(fstest.MapFS{"refund.ru.tmpl": {Data: []byte("{{.NoSuchField}}")}})
	require.NoError(t, err)
	_, err = broken.Render(readmeLetter())
	assert.ErrorContains(t, err, "NoSuchField")

	endless, err := LoadTemplates(fstest.MapFS{"refund.ru.tmpl": {Data: []byte(`{{range .Attachments}}{{range $.Attachments}}{{range $.Attachments}}{{$.Payment}}{{end}}{{end}}{{end}}`)}})
	require.NoError(t, err)
	l = readmeLetter()
	l.Attachments = make([]string, 60)
	for i := range l.Attachments {
		l.Attachments[i] = "x"
	}
	_, err = endless.Render(l)
	assert.ErrorContains(t, err, "letter longer than")
}

func TestShippedTemplatesOnDisk(t *testing.T) {
	// LoadTemplates(os.DirFS("templates")) is how a user starts editing.
	tpl, err := LoadTemplates(os.DirFS("templates"))
	require.NoError(t, err)
	var names []string
	for _, k := range LetterKinds() {
		names = append(names, string(k))
	}
	assert.ElementsMatch(t, names, tpl.Names())
	readme, err := os.ReadFile(filepath.Join("templates", "README.md"))
	require.NoError(t, err)
	for name := range letterFuncs {
		assert.Contains(t, string(readme), "`"+name+"`", "README.md documents the template function %s", name)
	}
}

func TestKindFor(t *testing.T) {
	for id, want := range map[string]LetterKind{
		"goods.refund": Refund, "goods.replace": Replacement, "goods.replace.quality_check": Replacement, "goods.replace.out_of_stock": Replacement,
		"goods.repair": Repair, "goods.price_reduction": PriceReduction, "services.price_reduction": Services, "services.refund": Services,
		"services.defects": Services,
	} {
		got, ok := KindFor(id)
		assert.True(t, ok, id)
		assert.Equal(t, want, got, id)
	}
	for _, id := range []string{"osago.claim", "goods.replace.loaner", "goods.loaner", ""} {
		_, ok := KindFor(id)
		assert.False(t, ok, id)
	}
}

func TestMarkup(t *testing.T) {
	blocks, err := parseMarkup("> Кому: А\n>\n\n# ПРЕТЕНЗИЯ\nПервая строка\nвторая строка.\n\n\n- пункт\n< подпись\n-дефис в тексте")
	require.NoError(t, err)
	require.Len(t, blocks, 7)
	assert.Equal(t, block{kind: blockLine, align: alignRight, text: "Кому: А"}, blocks[0])
	assert.Equal(t, block{kind: blockLine, align: alignRight}, blocks[1])
	assert.Equal(t, block{kind: blockTitle, text: "ПРЕТЕНЗИЯ"}, blocks[2])
	assert.Equal(t, block{kind: blockPara, indent: true, text: "Первая строка вторая строка."}, blocks[3])
	assert.Equal(t, block{kind: blockItem, label: "–", text: "пункт"}, blocks[4])
	assert.Equal(t, block{kind: blockLine, text: "подпись"}, blocks[5])
	assert.Equal(t, block{kind: blockPara, indent: true, text: "-дефис в тексте"}, blocks[6])
	again, err := parseMarkup(formatMarkup(blocks))
	require.NoError(t, err)
	assert.Equal(t, blocks, again)

	_, err = parseMarkup(strings.Repeat("a", MaxLetterText+1))
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = parseMarkup("\xff")
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = parseMarkup(strings.Repeat("> a\n", maxBlocks+1))
	assert.ErrorIs(t, err, ErrInvalid)
}
