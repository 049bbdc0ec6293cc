package law_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
)

// TestParseAndRender: every citation form the data files and rules use
// reads back into a structure and renders in both languages.
func TestParseAndRender(t *testing.T) {
	for _, tc := range []struct{ in, ru, en string }{
		{"ГК РФ ст. 193", "ГК РФ ст. 193", "Civil Code of the Russian Federation, Art. 193"},
		{"ГК РФ ст. 314 п. 2", "ГК РФ ст. 314 п. 2", "Civil Code of the Russian Federation, Art. 314, Cl. 2"},
		{"Закон РФ от 07.02.1992 № 2300-1, ст. 23 п. 1",
			"Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1",
			"Law of the Russian Federation of 7 February 1992 No. 2300-1 “On Protection of Consumer Rights”, Art. 23, Cl. 1"},
		{"Федеральный закон от 25.04.2002 № 40-ФЗ, ст. 12 п. 21 абз. 2",
			"Федеральный закон от 25.04.2002 № 40-ФЗ «Об обязательном страховании гражданской ответственности владельцев транспортных средств», ст. 12 п. 21 абз. 2",
			"Federal Law of 25 April 2002 No. 40-FZ “On Compulsory Insurance of Civil Liability of Vehicle Owners”, Art. 12, Cl. 21, Para. 2"},
		{"ТК РФ ст. 112 ч. 1 (ред. ФЗ от 23.04.2012 № 35-ФЗ)", "ТК РФ ст. 112 ч. 1 (ред. ФЗ от 23.04.2012 № 35-ФЗ)",
			"Labour Code of the Russian Federation, Art. 112, Part 1 (as amended by Federal Law of 23 April 2012 No. 35-FZ)"},
		{"ТК РФ ст. 112 ч. 1 (первоначальная редакция, в силе с 01.02.2002)", "ТК РФ ст. 112 ч. 1 (первоначальная редакция, в силе с 01.02.2002)",
			"Labour Code of the Russian Federation, Art. 112, Part 1 (original wording, in force from 1 February 2002)"},
		{"Постановление Правительства РФ от 10.08.2023 № 1314", "Постановление Правительства РФ от 10.08.2023 № 1314",
			"Decree of the Government of the Russian Federation of 10 August 2023 No. 1314"},
		{"Указ Президента РФ от 25.03.2020 № 206", "Указ Президента РФ от 25.03.2020 № 206",
			"Decree of the President of the Russian Federation of 25 March 2020 No. 206"},
		{"Постановление Пленума ВС РФ от 24.03.2016 № 7, п. 65", "Постановление Пленума ВС РФ от 24.03.2016 № 7, п. 65",
			"Resolution of the Plenum of the Supreme Court of the Russian Federation of 24 March 2016 No. 7, para. 65"},
		{"Обзор ВС РФ № 1 (2020), утв. Президиумом ВС РФ 21.04.2020, вопрос 5", "Обзор ВС РФ № 1 (2020), утв. Президиумом ВС РФ 21.04.2020, вопрос 5",
			"Review of the Supreme Court of the Russian Federation No. 1 (2020), approved by its Presidium on 21 April 2020, Question 5"},
		{"Указание Банка России от 13.09.2012 № 2873-У", "Указание Банка России от 13.09.2012 № 2873-У",
			"Directive of the Bank of Russia of 13 September 2012 No. 2873-U"},
		{"Закон РФ от 07.02.1992 № 2300-1, ст. 18 п. 1 абз. 8–11", "Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 18 п. 1 абз. 8–11",
			"Law of the Russian Federation of 7 February 1992 No. 2300-1 “On Protection of Consumer Rights”, Art. 18, Cl. 1, Para. 8–11"},
		{"НК РФ ст. 333.19 п. 1 пп. 1", "НК РФ ст. 333.19 п. 1 пп. 1", "Tax Code of the Russian Federation, Art. 333.19, Cl. 1, Subcl. 1"},
		{"Постановление Правительства РФ от 28.04.2005", "Постановление Правительства РФ от 28.04.2005 (номер не установлен)",
			"Decree of the Government of the Russian Federation of 28 April 2005 (number not established)"},
	} {
		r, err := law.ParseRef(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.ru, r.Text(law.Russian), tc.in)
		assert.Equal(t, tc.en, r.Text(law.English), tc.in)
		back, err := law.ParseRef(r.Text(law.Russian))
		require.NoError(t, err, "the Russian rendering reads back: %s", tc.in)
		assert.Equal(t, r, back, tc.in)
	}
}

func TestParseRefs(t *testing.T) {
	refs, err := law.ParseRefs("Закон РФ от 07.02.1992 № 2300-1, ст. 31 п. 1; ст. 28 п. 1, ст. 29 п. 1, 4")
	require.NoError(t, err)
	require.Len(t, refs, 3)
	assert.Equal(t, "31", refs[0].Article)
	assert.Equal(t, "28", refs[1].Article)
	assert.Equal(t, "29", refs[2].Article)
	assert.Equal(t, "1, 4", refs[2].Clause)
	assert.Equal(t, refs[0].Act, refs[2].Act)
	assert.Equal(t, "Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 31 п. 1; "+
		"Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 28 п. 1; "+
		"Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 29 п. 1, 4", law.Join(refs, law.Russian))
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "ст. 5", "Кодекс ст. 1", "ГК РФ ст.", "ГК РФ п. 1 ст. 2", "ГК РФ ст. 1 (ред.", strings.Repeat("ГК РФ ст. 1; ", 200), "\xff"} {
		_, err := law.ParseRef(in)
		require.Error(t, err, in)
		assert.True(t, errors.Is(err, law.ErrInvalid), in)
		assert.LessOrEqual(t, len(err.Error()), 400, "the message echoes a short form only")
	}
}

func TestRefJSON(t *testing.T) {
	r := law.MustRef("Федеральный закон от 25.04.2002 № 40-ФЗ, ст. 16.1 п. 6")
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kind":"federal_law"`)
	var back law.Ref
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r, back)
}

func TestLang(t *testing.T) {
	for in, want := range map[string]law.Lang{"ru": law.Russian, "EN": law.English, "en-GB": law.English, "ru_RU": law.Russian} {
		l, err := law.ParseLang(in)
		require.NoError(t, err)
		assert.Equal(t, want, l)
	}
	_, err := law.ParseLang("de")
	assert.ErrorIs(t, err, law.ErrInvalid)
	assert.Equal(t, law.English, law.MatchAcceptLanguage("de-DE, en;q=0.8, ru;q=0.5"))
	assert.Equal(t, law.Russian, law.MatchAcceptLanguage("ru-RU,ru;q=0.9,en-US;q=0.8"))
	assert.Equal(t, law.Russian, law.MatchAcceptLanguage("fr, de"))
	assert.Equal(t, law.Russian, law.MatchAcceptLanguage("en;q=0"))
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "дней", 1: "день", 2: "дня", 5: "дней", 11: "дней", 12: "дней", 21: "день", 22: "дня", 111: "дней", 101: "день"} {
		assert.Equal(t, want, law.Plural(law.Russian, n, "день", "дня", "дней"), n)
	}
	assert.Equal(t, "day", law.Plural(law.English, 1, "day", "days", "days"))
	assert.Equal(t, "days", law.Plural(law.English, 21, "day", "days", "days"))
}

func FuzzParseRef(f *testing.F) {
	for _, s := range []string{"ГК РФ ст. 193", "Закон РФ от 07.02.1992 № 2300-1, ст. 23 п. 1", "ТК РФ ст. 112 ч. 1 (ред. ФЗ от 23.04.2012 № 35-ФЗ)", "Обзор ВС РФ № 1 (2020), утв. Президиумом ВС РФ 21.04.2020, вопрос 5", "«", "ст. 1; ст. 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		refs, err := law.ParseRefs(s)
		if err != nil {
			if !errors.Is(err, law.ErrInvalid) {
				t.Fatalf("undocumented error %v", err)
			}
			return
		}
		for _, r := range refs {
			_ = r.Text(law.English)
			_ = r.Text(law.Russian)
		}
	})
}

func TestAppendJSON(t *testing.T) {
	r := law.MustRef("ТК РФ ст. 112 ч. 1 (ред. ФЗ от 23.04.2012 № 35-ФЗ)")
	b := r.AppendJSON(nil, law.English)
	var back law.Ref
	require.NoError(t, json.Unmarshal(b, &back), string(b))
	assert.Equal(t, r, back)
	var text struct {
		Text string `json:"text"`
	}
	require.NoError(t, json.Unmarshal(b, &text))
	assert.Equal(t, r.Text(law.English), text.Text)
	for _, s := range []string{"a\"b\\c\n\t\x01", "кириллица", "bad\xffutf8", ""} {
		var got string
		require.NoError(t, json.Unmarshal(law.AppendJSONString(nil, s), &got))
		want, _ := json.Marshal(s)
		var w string
		require.NoError(t, json.Unmarshal(want, &w))
		assert.Equal(t, w, got)
	}
}

func TestRefUnmarshalString(t *testing.T) {
	var refs []law.Ref
	require.NoError(t, json.Unmarshal([]byte(`["Постановление Правительства РФ от 28.03.2022 № 497", "решение собрания кредиторов", {"act":{"kind":"civil_code"},"article":"193"}]`), &refs))
	require.Len(t, refs, 3)
	assert.Equal(t, law.GovernmentDecree, refs[0].Act.Kind)
	assert.Equal(t, "497", refs[0].Act.Number)
	assert.Equal(t, law.Text, refs[1].Act.Kind)
	assert.Equal(t, "решение собрания кредиторов", refs[1].Text(law.English))
	assert.Equal(t, "ГК РФ ст. 193", refs[2].Text(law.Russian))
}
