package law

import (
	"fmt"
	"strings"
	"time"
)

// Kind is the kind of a legal act: it decides how the act is named in
// each language. The zero Kind means "no act" (the zero Ref).
type Kind uint8

// The kinds of act zozpp cites.
const (
	NoAct Kind = iota
	// The codes, named by their abbreviation alone: ГК РФ, ТК РФ, ...
	CivilCode
	LabourCode
	HousingCode
	TaxCode
	FamilyCode
	RSFSRLabourCode // КЗоТ РСФСР, in force until 01.02.2002
	// RFLaw is a Закон РФ (before 1993); FederalLaw a Федеральный закон.
	RFLaw
	FederalLaw
	GovernmentDecree   // Постановление Правительства РФ
	PresidentialDecree // Указ Президента РФ
	// PlenumResolution is a Постановление Пленума ВС РФ; JointPlenum the
	// joint resolution of the Plenums of the Supreme and the Supreme
	// Arbitrazh Courts (Number "13/14").
	PlenumResolution
	JointPlenum
	CourtReview         // Обзор судебной практики ВС РФ, approved by its Presidium
	SupremeCourtRuling  // Определение ВС РФ
	ConstitutionalCourt // Постановление КС РФ
	CourtDecision       // a court's decision in a case: Issuer is the court
	CentralBankAct      // Указание Банка России
	CentralBankDecision // a decision of the Board of Directors of the Bank of Russia
	MinistryLetter      // a ministry's letter: Issuer names the ministry
	RegionalLaw         // a law of a constituent entity: Issuer names it («Республики Татарстан»)
	RegionalDecree      // a decree of a region's head: Issuer names the office («Раиса Республики Татарстан»)
	Regulation          // an organisation's own regulation: not law
	// OriginalWording marks, as an Edition, the first wording of an act, in
	// force from Date.
	OriginalWording
	// Text is an act cited by free text: Title in Russian, TitleEN in
	// English, rendered as given.
	Text
	kindCount
)

var kindNames = [kindCount]string{
	NoAct: "none", CivilCode: "civil_code", LabourCode: "labour_code", HousingCode: "housing_code",
	TaxCode: "tax_code", FamilyCode: "family_code", RSFSRLabourCode: "rsfsr_labour_code",
	RFLaw: "rf_law", FederalLaw: "federal_law", GovernmentDecree: "government_decree",
	PresidentialDecree: "presidential_decree", PlenumResolution: "plenum_resolution", JointPlenum: "joint_plenum",
	CourtReview: "court_review", SupremeCourtRuling: "supreme_court_ruling", ConstitutionalCourt: "constitutional_court",
	CourtDecision: "court_decision", CentralBankAct: "central_bank_act", CentralBankDecision: "central_bank_decision",
	MinistryLetter: "ministry_letter", RegionalLaw: "regional_law", RegionalDecree: "regional_decree",
	Regulation: "regulation", OriginalWording: "original_wording", Text: "text",
}

// String returns the kind's name as used in JSON: "civil_code",
// "federal_law", "government_decree", ...
func (k Kind) String() string {
	if k < kindCount {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// MarshalText encodes the kind's name.
func (k Kind) MarshalText() ([]byte, error) {
	if k >= kindCount {
		return nil, fmt.Errorf("%w: act kind %d", ErrInvalid, uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText accepts a name returned by String.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("%w: act kind %q: accepted are %s", ErrInvalid, Clip(string(b)), strings.Join(kindNames[:], ", "))
}

// codeNames are the codes' names, Russian abbreviation and English title.
var codeNames = map[Kind][2]string{
	CivilCode:       {"ГК РФ", "Civil Code of the Russian Federation"},
	LabourCode:      {"ТК РФ", "Labour Code of the Russian Federation"},
	HousingCode:     {"ЖК РФ", "Housing Code of the Russian Federation"},
	TaxCode:         {"НК РФ", "Tax Code of the Russian Federation"},
	FamilyCode:      {"СК РФ", "Family Code of the Russian Federation"},
	RSFSRLabourCode: {"КЗоТ РСФСР", "Labour Code of the RSFSR"},
}

// IsCode reports whether k is one of the codes (ГК, ТК, ЖК, НК, СК, КЗоТ).
func (k Kind) IsCode() bool { _, ok := codeNames[k]; return ok }

// Act is a legal act: a code, a law, a decree, a court's resolution. Date
// is the act's date as "2006-01-02" ("" when unknown), Number its number as
// printed («2300-1», «40-ФЗ», «1314»). Title and TitleEN are the act's
// title without quotes; Issuer and IssuerEN name the region, court or
// ministry for the kinds that need one. An Act is a plain value; copying
// it copies everything.
type Act struct {
	Kind     Kind   `json:"kind"`
	Date     string `json:"date,omitempty"`
	Number   string `json:"number,omitempty"`
	Title    string `json:"title,omitempty"`
	TitleEN  string `json:"title_en,omitempty"`
	Issuer   string `json:"issuer,omitempty"`
	IssuerEN string `json:"issuer_en,omitempty"`
}

// IsZero reports whether a is the zero Act, "no act".
func (a Act) IsZero() bool { return a == Act{} }

// Text names the act in lang: «Федеральный закон от 25.04.2002 № 40-ФЗ
// «Об обязательном страховании…»», «Federal Law of 25.04.2002 No. 40-FZ
// “On Compulsory…”».
func (a Act) Text(lang Lang) string { return string(a.appendText(nil, lang)) }

func (a Act) appendText(b []byte, lang Lang) []byte {
	if names, ok := codeNames[a.Kind]; ok {
		if lang == English {
			return append(b, names[1]...)
		}
		return append(b, names[0]...)
	}
	en := lang == English
	var head string
	switch a.Kind {
	case NoAct:
		return b
	case Text:
		if en && a.TitleEN != "" {
			return append(b, a.TitleEN...)
		}
		return append(b, a.Title...)
	case Regulation:
		b = append(b, pick(en, "внутренний регламент организации", "the organisation's internal regulation")...)
		return a.appendTitle(b, en)
	case OriginalWording:
		b = append(b, pick(en, "первоначальная редакция", "original wording")...)
		if a.Date != "" {
			b = append(b, pick(en, ", в силе с ", ", in force from ")...)
			b = appendDate(b, a.Date, en)
		}
		return b
	case RFLaw:
		head = pick(en, "Закон РФ", "Law of the Russian Federation")
	case FederalLaw:
		head = pick(en, "Федеральный закон", "Federal Law")
	case GovernmentDecree:
		head = pick(en, "Постановление Правительства РФ", "Decree of the Government of the Russian Federation")
	case PresidentialDecree:
		head = pick(en, "Указ Президента РФ", "Decree of the President of the Russian Federation")
	case PlenumResolution:
		head = pick(en, "Постановление Пленума ВС РФ", "Resolution of the Plenum of the Supreme Court of the Russian Federation")
	case JointPlenum:
		head = pick(en, "Постановление Пленума ВС РФ и Пленума ВАС РФ", "Joint Resolution of the Plenums of the Supreme Court and the Supreme Arbitrazh Court of the Russian Federation")
	case CourtReview:
		head = pick(en, "Обзор ВС РФ", "Review of the Supreme Court of the Russian Federation")
	case SupremeCourtRuling:
		head = pick(en, "Определение ВС РФ", "Ruling of the Supreme Court of the Russian Federation")
	case ConstitutionalCourt:
		head = pick(en, "Постановление КС РФ", "Judgment of the Constitutional Court of the Russian Federation")
	case CentralBankAct:
		head = pick(en, "Указание Банка России", "Directive of the Bank of Russia")
	case CentralBankDecision:
		head = pick(en, "решение Совета директоров Банка России", "decision of the Board of Directors of the Bank of Russia")
	case CourtDecision:
		head = a.issuer(en)
	case MinistryLetter:
		head = pick(en, "Письмо ", "Letter of ") + a.issuer(en)
	case RegionalLaw:
		head = pick(en, "Закон ", "Law of ") + a.issuer(en)
	case RegionalDecree:
		head = pick(en, "Указ ", "Decree of ") + a.issuer(en)
	default:
		return append(b, a.Kind.String()...)
	}
	b = append(b, head...)
	if a.Kind == CourtReview {
		// «Обзор ВС РФ № 1 (2020), утв. Президиумом ВС РФ 21.04.2020»
		b = a.appendNumber(b, en)
		if a.Date != "" {
			b = append(b, pick(en, ", утв. Президиумом ВС РФ ", ", approved by its Presidium on ")...)
			b = appendDate(b, a.Date, en)
		}
		return a.appendTitle(b, en)
	}
	if a.Kind == CourtDecision {
		// «Арбитражный суд Иркутской области, дело № А19-12919/12, решение от 01.02.2013»
		if a.Number != "" {
			b = append(b, pick(en, ", дело № ", ", case No. ")...)
			b = append(b, number(a.Number, en)...)
		}
		if a.Date != "" {
			b = append(b, pick(en, ", решение от ", ", decision of ")...)
			b = appendDate(b, a.Date, en)
		}
		return b
	}
	if a.Date != "" {
		b = append(b, pick(en, " от ", " of ")...)
		b = appendDate(b, a.Date, en)
	}
	b = a.appendNumber(b, en)
	b = a.appendTitle(b, en)
	if a.Date == "" && a.Number == "" && a.Kind != CentralBankDecision {
		b = append(b, pick(en, " (номер и дата не установлены)", " (number and date not established)")...)
	} else if a.Number == "" && a.Kind != CentralBankDecision {
		b = append(b, pick(en, " (номер не установлен)", " (number not established)")...)
	}
	return b
}

func (a Act) appendNumber(b []byte, en bool) []byte {
	if a.Number == "" {
		return b
	}
	b = append(b, pick(en, " № ", " No. ")...)
	return append(b, number(a.Number, en)...)
}

func (a Act) appendTitle(b []byte, en bool) []byte {
	title := a.Title
	if en {
		title = a.TitleEN
	}
	if title == "" {
		return b
	}
	if en {
		return append(append(append(b, " “"...), title...), "”"...)
	}
	return append(append(append(b, " «"...), title...), "»"...)
}

func (a Act) issuer(en bool) string {
	if en && a.IssuerEN != "" {
		return a.IssuerEN
	}
	return a.Issuer
}

func pick(en bool, ru, english string) string {
	if en {
		return english
	}
	return ru
}

// appendDate writes an ISO date "2006-01-02" as Russian citations do,
// "02.01.2006", or in English as "2 January 2006", which no reader can
// take for a month-first date. Anything else is written as given.
func appendDate(b []byte, iso string, en bool) []byte {
	if len(iso) != 10 || iso[4] != '-' || iso[7] != '-' || !digits(iso[0:4]) || !digits(iso[5:7]) || !digits(iso[8:10]) {
		return append(b, iso...)
	}
	if !en {
		return append(append(append(append(append(b, iso[8:10]...), '.'), iso[5:7]...), '.'), iso[0:4]...)
	}
	m := int(iso[5]-'0')*10 + int(iso[6]-'0')
	if m < 1 || m > 12 {
		return append(b, iso...)
	}
	day := iso[8:10]
	if day[0] == '0' {
		day = day[1:]
	}
	return append(append(append(append(append(b, day...), ' '), time.Month(m).String()...), ' '), iso[0:4]...)
}

// translit spells the Cyrillic letters of act numbers («40-ФЗ», «2873-У»,
// «127-КГ23-18-К4») in Latin, as English citations do: 40-FZ, 2873-U.
var translit = map[rune]string{
	'А': "A", 'Б': "B", 'В': "V", 'Г': "G", 'Д': "D", 'Е': "E", 'Ж': "Zh", 'З': "Z", 'И': "I", 'Й': "Y",
	'К': "K", 'Л': "L", 'М': "M", 'Н': "N", 'О': "O", 'П': "P", 'Р': "R", 'С': "S", 'Т': "T", 'У': "U",
	'Ф': "F", 'Х': "Kh", 'Ц': "Ts", 'Ч': "Ch", 'Ш': "Sh", 'Щ': "Shch", 'Ы': "Y", 'Э': "E", 'Ю': "Yu", 'Я': "Ya",
}

func number(n string, en bool) string {
	if !en {
		return n
	}
	var b strings.Builder
	for _, r := range n {
		if r >= 'а' && r <= 'я' {
			r -= 'а' - 'А'
		}
		if s, ok := translit[r]; ok {
			b.WriteString(s)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
