package penalty

import (
	"slices"

	"github.com/zozpp/zozpp/calendar/law"
)

// District is a federal district (федеральный округ), by its usual
// abbreviation. From 01.06.2015 through 31.07.2016 ГК РФ ст. 395 п. 1
// (ред. ФЗ от 08.03.2015 № 42-ФЗ) used the average deposit rates the Bank
// of Russia published for the district of the creditor's residence, or of
// a legal entity's seat.
type District string

// The federal districts that had deposit-rate tables in 2015–2016.
const (
	Central        District = "ЦФО"  // Центральный
	NorthWestern   District = "СЗФО" // Северо-Западный
	Southern       District = "ЮФО"  // Южный
	NorthCaucasian District = "СКФО" // Северо-Кавказский
	Volga          District = "ПФО"  // Приволжский
	Ural           District = "УФО"  // Уральский
	Siberian       District = "СФО"  // Сибирский
	FarEastern     District = "ДФО"  // Дальневосточный
	Crimean        District = "КФО"  // Крымский (21.03.2014–28.07.2016)
)

var districts = []struct {
	d      District
	ru, en string
}{
	{Central, "Центральный федеральный округ", "Central Federal District"},
	{NorthWestern, "Северо-Западный федеральный округ", "Northwestern Federal District"},
	{Southern, "Южный федеральный округ", "Southern Federal District"},
	{NorthCaucasian, "Северо-Кавказский федеральный округ", "North Caucasian Federal District"},
	{Volga, "Приволжский федеральный округ", "Volga Federal District"},
	{Ural, "Уральский федеральный округ", "Ural Federal District"},
	{Siberian, "Сибирский федеральный округ", "Siberian Federal District"},
	{FarEastern, "Дальневосточный федеральный округ", "Far Eastern Federal District"},
	{Crimean, "Крымский федеральный округ", "Crimean Federal District"},
}

// Districts returns every District, Central first.
func Districts() []District {
	out := make([]District, len(districts))
	for i, d := range districts {
		out[i] = d.d
	}
	return out
}

// Text returns the district's full name in lang, or "" for an unknown
// one: «Центральный федеральный округ», "Central Federal District".
func (d District) Text(lang law.Lang) string {
	i := slices.IndexFunc(districts, func(x struct {
		d      District
		ru, en string
	}) bool {
		return x.d == d
	})
	if i < 0 {
		return ""
	}
	if lang == law.English {
		return districts[i].en
	}
	return districts[i].ru
}

// Valid reports whether d is one of the districts above.
func (d District) Valid() bool { return d.Text(law.Russian) != "" }
