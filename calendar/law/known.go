package law

// known holds the titles of the acts zozpp cites by number, so that a
// citation written without its title («Закон РФ от 07.02.1992 № 2300-1,
// ст. 22») still names the act in full, in both languages. The key is the
// kind and the number as printed.
var known = map[knownKey][2]string{
	{RFLaw, "2300-1"}:      {"О защите прав потребителей", "On Protection of Consumer Rights"},
	{FederalLaw, "40-ФЗ"}:  {"Об обязательном страховании гражданской ответственности владельцев транспортных средств", "On Compulsory Insurance of Civil Liability of Vehicle Owners"},
	{FederalLaw, "123-ФЗ"}: {"Об уполномоченном по правам потребителей финансовых услуг", "On the Commissioner for the Rights of Consumers of Financial Services"},
	{FederalLaw, "214-ФЗ"}: {"Об участии в долевом строительстве многоквартирных домов и иных объектов недвижимости и о внесении изменений в некоторые законодательные акты Российской Федерации", "On Participation in Shared Construction of Apartment Buildings and Other Real Estate"},
	{FederalLaw, "44-ФЗ"}:  {"О контрактной системе в сфере закупок товаров, работ, услуг для обеспечения государственных и муниципальных нужд", "On the Contract System for Procurement of Goods, Works and Services for State and Municipal Needs"},
	{FederalLaw, "127-ФЗ"}: {"О несостоятельности (банкротстве)", "On Insolvency (Bankruptcy)"},
	{FederalLaw, "86-ФЗ"}:  {"О Центральном банке Российской Федерации (Банке России)", "On the Central Bank of the Russian Federation (Bank of Russia)"},
}

type knownKey struct {
	kind   Kind
	number string
}

// withKnownTitle fills in the title of a well-known act cited without one.
func (a Act) withKnownTitle() Act {
	if a.Title != "" || a.TitleEN != "" {
		if a.TitleEN == "" {
			if t, ok := known[knownKey{a.Kind, a.Number}]; ok && t[0] == a.Title {
				a.TitleEN = t[1]
			}
		}
		return a
	}
	if t, ok := known[knownKey{a.Kind, a.Number}]; ok {
		a.Title, a.TitleEN = t[0], t[1]
	}
	return a
}
