package penalty

import "slices"

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

var districts = []District{Central, NorthWestern, Southern, NorthCaucasian, Volga, Ural, Siberian, FarEastern, Crimean}

// Districts returns every District, Central first.
func Districts() []District { return slices.Clone(districts) }

// Name returns the district's full Russian name, or "" for an unknown one.
func (d District) Name() string {
	switch d {
	case Central:
		return "Центральный федеральный округ"
	case NorthWestern:
		return "Северо-Западный федеральный округ"
	case Southern:
		return "Южный федеральный округ"
	case NorthCaucasian:
		return "Северо-Кавказский федеральный округ"
	case Volga:
		return "Приволжский федеральный округ"
	case Ural:
		return "Уральский федеральный округ"
	case Siberian:
		return "Сибирский федеральный округ"
	case FarEastern:
		return "Дальневосточный федеральный округ"
	case Crimean:
		return "Крымский федеральный округ"
	}
	return ""
}

// Valid reports whether d is one of the districts above.
func (d District) Valid() bool { return d.Name() != "" }

// depositNote is the Russian row note for a district's deposit rate, a
// constant so that pricing a row allocates nothing for it.
func (d District) depositNote() string {
	switch d {
	case Central:
		return "средняя ставка по вкладам физических лиц, ЦФО"
	case NorthWestern:
		return "средняя ставка по вкладам физических лиц, СЗФО"
	case Southern:
		return "средняя ставка по вкладам физических лиц, ЮФО"
	case NorthCaucasian:
		return "средняя ставка по вкладам физических лиц, СКФО"
	case Volga:
		return "средняя ставка по вкладам физических лиц, ПФО"
	case Ural:
		return "средняя ставка по вкладам физических лиц, УФО"
	case Siberian:
		return "средняя ставка по вкладам физических лиц, СФО"
	case FarEastern:
		return "средняя ставка по вкладам физических лиц, ДФО"
	case Crimean:
		return "средняя ставка по вкладам физических лиц, КФО"
	}
	return "средняя ставка по вкладам физических лиц"
}
