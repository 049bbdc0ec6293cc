package regulation

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Text renders the timeline in lang: a heading, one block per stage with
// its notes, the statutory terms compared with.
func (t Timeline) Text(lang law.Lang) string {
	var b strings.Builder
	en := lang == law.English
	b.WriteString(t.RegulationTitle.In(lang))
	b.WriteString("\n")
	b.WriteString(pick(en, "Жалоба получена ", "Complaint received "))
	b.WriteString(moment(t.Received, lang, false))
	b.WriteString(pick(en, "; состояние на ", "; status at "))
	b.WriteString(moment(t.Now, lang, false))
	if t.Region != "" {
		b.WriteString(pick(en, "; регион ", "; region "))
		b.WriteString(t.Region)
	}
	for i, f := range t.Flags {
		b.WriteString(pick(en, "; ", "; "))
		if i == 0 {
			b.WriteString(pick(en, "признаки: ", "flags: "))
		}
		b.WriteString(f.Title.In(lang))
	}
	b.WriteString(".\n")
	for _, n := range t.Notes {
		b.WriteString(n.Text(lang))
		b.WriteString("\n")
	}
	for _, e := range t.Entries {
		b.WriteString("\n")
		b.WriteString(e.Text(lang))
		b.WriteString("\n")
	}
	for _, s := range t.Statutory {
		b.WriteString("\n")
		b.WriteString(s.Text(lang))
		b.WriteString("\n")
	}
	return b.String()
}

// Text renders the entry in lang: the stage, its term and due moment, its
// status, the escalation, then one line per note.
func (e Entry) Text(lang law.Lang) string {
	en := lang == law.English
	var b strings.Builder
	b.WriteString(e.Title.In(lang))
	if !e.Clause.IsZero() && e.Clause.Clause != "" {
		b.WriteString(" (")
		b.WriteString(pick(en, "п. ", "cl. "))
		b.WriteString(e.Clause.Clause)
		b.WriteString(")")
	}
	b.WriteString(": ")
	b.WriteString(e.Term.Text(lang))
	b.WriteString(pick(en, " с момента «", " from “"))
	b.WriteString(e.FromTitle.In(lang))
	b.WriteString(pick(en, "»", "”"))
	if !e.Start.IsZero() {
		b.WriteString(" ")
		b.WriteString(moment(e.Start, lang, false))
	}
	if e.Variant != "" {
		b.WriteString(pick(en, " (срок для случая: ", " (the term for: "))
		b.WriteString(e.VariantTitle.In(lang))
		b.WriteString(")")
	}
	if !e.Due.IsZero() {
		if e.Kind == Retention {
			b.WriteString(pick(en, "; хранить до ", "; keep until "))
		} else {
			b.WriteString(pick(en, "; срок — ", "; due "))
		}
		b.WriteString(moment(e.Due, lang, e.Ends == EndOfDay))
	}
	b.WriteString(".\n")
	b.WriteString(pick(en, "Статус: ", "Status: "))
	b.WriteString(e.statusText(lang))
	b.WriteString(".")
	if e.Escalation != nil {
		b.WriteString("\n")
		b.WriteString(pick(en, "Эскалация: ", "Escalation: "))
		b.WriteString(e.Escalation.Title.In(lang))
		if to := e.Escalation.To.In(lang); to != "" {
			b.WriteString(" — ")
			b.WriteString(to)
		}
		b.WriteString(".")
	}
	for _, n := range e.Notes {
		b.WriteString("\n  — ")
		b.WriteString(n.Text(lang))
	}
	return b.String()
}

func (e Entry) statusText(lang law.Lang) string {
	en := lang == law.English
	left := working(e.Left, lang)
	switch e.Code {
	case StageWaiting:
		return pick(en, "ожидает — срок ещё не начал течь", "waiting — the term has not started")
	case StagePending:
		return pick(en, "в работе, до срока ", "pending, ") + left + pick(en, " рабочего времени", " of working time left")
	case StageAtRisk:
		return pick(en, "под угрозой срыва: до срока ", "at risk: ") + left +
			pick(en, " рабочего времени (порог ", " of working time left (threshold ") + working(e.AtRisk, lang) + ")"
	case StageOverdue:
		s := pick(en, "просрочен", "overdue")
		if e.LeftKnown {
			s += pick(en, " на ", " by ") + working(-e.Left, lang) + pick(en, " рабочего времени", " of working time")
		}
		return s
	case StageDoneOnTime:
		s := pick(en, "выполнен в срок ", "done on time ") + moment(e.Done, lang, false)
		if e.LeftKnown && e.Left > 0 {
			s += pick(en, ", запас ", ", ") + left + pick(en, " рабочего времени", " of working time to spare")
		}
		return s
	case StageDoneLate:
		s := pick(en, "выполнен с опозданием ", "done late ") + moment(e.Done, lang, false)
		if e.LeftKnown && e.Left < 0 {
			s += pick(en, ", позже срока на ", ", ") + working(-e.Left, lang) + pick(en, " рабочего времени", " of working time after the due moment")
		}
		return s
	case StageNotComputable:
		return pick(en, "срок не вычислен: он выходит за пределы календаря", "not computable: the term runs outside the calendar")
	case RetentionRunning:
		return pick(en, "срок хранения идёт", "keep the records")
	case RetentionEnded:
		return pick(en, "срок хранения истёк", "the keeping period has ended")
	case RetentionDisposed:
		return pick(en, "уничтожено после срока хранения: ", "disposed of after the keeping period: ") + moment(e.Done, lang, false)
	case RetentionDisposedEarly:
		return pick(en, "уничтожено до окончания срока хранения: ", "disposed of before the keeping period ended: ") + moment(e.Done, lang, false)
	}
	return string(e.Code)
}

// Text renders the note in lang, its rule in brackets.
func (n Note) Text(lang law.Lang) string {
	en := lang == law.English
	var s string
	switch n.Code {
	case TermFromNextDay:
		s = pick(en, "срок начинает течь на следующий день после события: ", "the term starts the day after the event: ") + n.Date.Text(lang)
	case CountedFromOpening:
		s = pick(en, "событие вне рабочего времени: рабочее время считается с ", "the event came outside working hours: working time counts from ") + moment(n.At, lang, false)
	case DueMovedToWorkday:
		s = pick(en, "последний день срока ", "the last day, ") + n.Date.Text(lang) + pick(en, " — ", ", is a ") + n.Kind.Text(lang)
		if name := n.Name.In(lang); name != "" {
			s += " (" + name + ")"
		}
		s += pick(en, "; срок оканчивается в ближайший следующий рабочий день ", "; the term ends on the next working day, ") + n.To.Text(lang)
	case EndsAtCloseOfBusiness:
		s = pick(en, "действие совершается в организации: срок истекает с окончанием её рабочего времени ",
			"an act done in the organisation: the term ends when it closes, ") + moment(n.At, lang, false)
	case EndsAtMidnight:
		s = pick(en, "срок истекает в 24:00 последнего дня: ", "the term ends at 24:00 of its last day: ") + n.Date.Text(lang)
	case ShortenedDay:
		dates := make([]string, len(n.Dates))
		for i, d := range n.Dates {
			dates[i] = d.Text(lang)
		}
		s = pick(en, "в срок входит предпраздничный день, сокращённый на один час: ", "the term includes a pre-holiday day one hour shorter: ") + strings.Join(dates, ", ")
	case RegionalHoliday:
		s = pick(en, "в срок входит региональный нерабочий день ", "the term includes a regional day off, ") + n.Date.Text(lang)
		if name := n.Name.In(lang); name != "" {
			s += " — " + name
		}
		if !n.Basis.IsZero() {
			s += " [" + n.Basis.Text(lang) + "]"
		}
		return s
	case DaysOffSkipped:
		s = strconv.Itoa(n.Count) + " " + law.Plural(lang, n.Count, pick(en, "нерабочий день", "day off"), pick(en, "нерабочих дня", "days off"), pick(en, "нерабочих дней", "days off"))
		if n.Count == 1 {
			s += pick(en, " (", " (") + n.Date.Text(lang) + ")"
		} else {
			s += pick(en, " с ", " from ") + n.Date.Text(lang) + pick(en, " по ", " to ") + n.To.Text(lang)
		}
		s += pick(en, " в срок не входят", " do not count")
		if n.Count == 1 && en {
			s = strings.Replace(s, "do not count", "does not count", 1)
		}
		return s
	case CalendarProvisional:
		s = pick(en, "постановления о переносе выходных дней на ", "no transfer decree for ") + strconv.Itoa(n.Date.Year()) +
			pick(en, " год ещё нет в данных: срок может измениться", " is in the data yet: the due day may change")
	case CalendarOutOfRange:
		s = pick(en, "календарь охватывает только ", "the calendar covers only ") + n.Date.Text(lang) + " – " + n.To.Text(lang)
	case AfterStatutoryDue:
		s = pick(en, "этап заканчивается позже срока, установленного законом («", "the stage ends after the statutory term (“") + n.Name.In(lang) +
			pick(en, "», последний день ", "”, last day ") + n.Date.Text(lang) + pick(en, "): действует срок закона", "): the statutory term prevails")
	case SampleRegulation:
		s = pick(en, "образец регламента — не акт организации и не закон", "a sample regulation — neither an organisation's act nor law")
		if src := n.Name.In(lang); src != "" {
			s += ": " + src
		}
		return s
	default:
		s = string(n.Code)
	}
	if !n.Ref.IsZero() {
		s += " [" + n.Ref.Text(lang) + "]"
	}
	return s
}

// Text renders a statutory term on the timeline.
func (s StatutoryEntry) Text(lang law.Lang) string {
	en := lang == law.English
	var b strings.Builder
	b.WriteString(pick(en, "Срок по закону: ", "Statutory term: "))
	b.WriteString(s.Title.In(lang))
	if !s.Due.IsZero() {
		b.WriteString(pick(en, " — до 24:00 ", " — until 24:00 of "))
		b.WriteString(s.Due.Text(lang))
	}
	if s.Code == StatutoryExpired {
		b.WriteString(pick(en, "; истёк", "; expired"))
	} else {
		b.WriteString(pick(en, "; не истёк", "; not expired"))
	}
	if len(s.Refs) > 0 {
		b.WriteString(" [")
		b.WriteString(law.Join(s.Refs, lang))
		b.WriteString("]")
	}
	b.WriteString(".")
	return b.String()
}

var unitWords = [...][2][3]string{
	Minutes:        {{"минута", "минуты", "минут"}, {"minute", "", "minutes"}},
	Hours:          {{"час", "часа", "часов"}, {"hour", "", "hours"}},
	WorkingMinutes: {{"рабочая минута", "рабочие минуты", "рабочих минут"}, {"working minute", "", "working minutes"}},
	WorkingHours:   {{"рабочий час", "рабочих часа", "рабочих часов"}, {"working hour", "", "working hours"}},
	WorkingDays:    {{"рабочий день", "рабочих дня", "рабочих дней"}, {"working day", "", "working days"}},
	CalendarDays:   {{"календарный день", "календарных дня", "календарных дней"}, {"calendar day", "", "calendar days"}},
	Months:         {{"месяц", "месяца", "месяцев"}, {"month", "", "months"}},
	Years:          {{"год", "года", "лет"}, {"year", "", "years"}},
}

// Text renders the term: "3 рабочих дня", "3 working days".
func (t Term) Text(lang law.Lang) string {
	if t.Unit < Minutes || t.Unit > Years {
		return strconv.Itoa(t.N) + " " + t.Unit.String()
	}
	w := unitWords[t.Unit][0]
	if lang == law.English {
		w = unitWords[t.Unit][1]
	}
	return strconv.Itoa(t.N) + " " + law.Plural(lang, t.N, w[0], w[1], w[2])
}

// moment renders a moment in its own zone: "12.01.2026 18:00 (UTC+03:00)",
// "12 January 2026, 18:00 (UTC+03:00)". With midnightAs24 a local midnight
// is the end of the day before: "29.01.2026 24:00".
func moment(t time.Time, lang law.Lang, midnightAs24 bool) string {
	if t.IsZero() {
		return ""
	}
	d := calendar.DateOf(t)
	clock := t.Format("15:04")
	if t.Second() != 0 {
		clock = t.Format("15:04:05")
	}
	if midnightAs24 && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		d, clock = d.AddDays(-1), "24:00"
	}
	sep := " "
	if lang == law.English {
		sep = ", "
	}
	return d.Text(lang) + sep + clock + " (UTC" + t.Format("-07:00") + ")"
}

// working renders a working duration in hours and minutes: "2 ч 30 мин",
// "2 h 30 min".
func working(d time.Duration, lang law.Lang) string {
	en := lang == law.English
	sign := ""
	if d < 0 {
		sign, d = "−", -d
	}
	if d > 0 && d < time.Minute {
		return sign + pick(en, "меньше минуты", "less than a minute")
	}
	h, m := int64(d/time.Hour), int64(d%time.Hour/time.Minute)
	var parts []string
	if h > 0 {
		parts = append(parts, strconv.FormatInt(h, 10)+pick(en, " ч", " h"))
	}
	if m > 0 || h == 0 {
		parts = append(parts, strconv.FormatInt(m, 10)+pick(en, " мин", " min"))
	}
	return sign + strings.Join(parts, " ")
}

func pick(en bool, ru, english string) string {
	if en {
		return english
	}
	return ru
}

// JSON forms: codes and facts; text only when a language is asked for.
type (
	jsonTimeline struct {
		Regulation      string          `json:"regulation"`
		RegulationTitle Text            `json:"regulation_title"`
		Sample          bool            `json:"sample,omitempty"`
		Received        string          `json:"received"`
		Now             string          `json:"now"`
		TimeZone        string          `json:"time_zone"`
		Region          string          `json:"region,omitempty"`
		Flags           []string        `json:"flags,omitempty"`
		Entries         []jsonEntry     `json:"entries"`
		Statutory       []jsonStatutory `json:"statutory,omitempty"`
		Notes           []jsonNote      `json:"notes,omitempty"`
		Text            string          `json:"text,omitempty"`
	}
	jsonEntry struct {
		Stage         string      `json:"stage"`
		Title         Text        `json:"title"`
		Kind          string      `json:"kind"`
		Code          Code        `json:"code"`
		Clause        *law.Ref    `json:"clause,omitempty"`
		From          string      `json:"from"`
		Start         string      `json:"start,omitempty"`
		Term          Term        `json:"term"`
		Variant       string      `json:"variant,omitempty"`
		Due           string      `json:"due,omitempty"`
		DueDate       string      `json:"due_date,omitempty"`
		Ends          string      `json:"ends,omitempty"`
		Done          string      `json:"done,omitempty"`
		LeftSeconds   *int64      `json:"left_seconds,omitempty"`
		AtRiskSeconds int64       `json:"at_risk_seconds"`
		Escalation    *Escalation `json:"escalation,omitempty"`
		Notes         []jsonNote  `json:"notes,omitempty"`
		Text          string      `json:"text,omitempty"`
	}
	jsonNote struct {
		Code  Code     `json:"code"`
		Ref   *law.Ref `json:"ref,omitempty"`
		Date  string   `json:"date,omitempty"`
		To    string   `json:"to,omitempty"`
		Dates []string `json:"dates,omitempty"`
		At    string   `json:"at,omitempty"`
		Kind  string   `json:"kind,omitempty"`
		Count int      `json:"count,omitempty"`
		Name  *Text    `json:"name,omitempty"`
		Basis *law.Ref `json:"basis,omitempty"`
		Text  string   `json:"text,omitempty"`
	}
	jsonStatutory struct {
		ID      string    `json:"id,omitempty"`
		Title   Text      `json:"title"`
		Due     string    `json:"due,omitempty"`
		Expires string    `json:"expires,omitempty"`
		Code    Code      `json:"code"`
		Refs    []law.Ref `json:"refs,omitempty"`
		Text    string    `json:"text,omitempty"`
	}
)

// MarshalJSON encodes the timeline's codes and facts, without text.
func (t Timeline) MarshalJSON() ([]byte, error) { return json.Marshal(t.jsonForm(nil)) }

// JSON encodes the timeline's codes and facts with text in lang: the
// whole timeline's, each entry's and each note's.
func (t Timeline) JSON(lang law.Lang) ([]byte, error) { return json.Marshal(t.jsonForm(&lang)) }

func (t Timeline) jsonForm(lang *law.Lang) jsonTimeline {
	j := jsonTimeline{
		Regulation: t.Regulation, RegulationTitle: t.RegulationTitle, Sample: t.Sample,
		Received: stamp(t.Received), Now: stamp(t.Now), Region: t.Region,
		Entries: []jsonEntry{},
	}
	if t.Location != nil {
		j.TimeZone = t.Location.String()
	}
	for _, f := range t.Flags {
		j.Flags = append(j.Flags, f.ID)
	}
	for _, n := range t.Notes {
		j.Notes = append(j.Notes, n.jsonForm(lang))
	}
	for _, e := range t.Entries {
		je := jsonEntry{
			Stage: e.Stage, Title: e.Title, Kind: e.Kind.String(), Code: e.Code, From: e.From,
			Start: stamp(e.Start), Term: e.Term, Variant: e.Variant, Due: stamp(e.Due), DueDate: e.DueDate.String(),
			Done: stamp(e.Done), AtRiskSeconds: int64(e.AtRisk / time.Second), Escalation: e.Escalation,
		}
		if !e.Due.IsZero() && !e.Term.Unit.onClock() {
			je.Ends = e.Ends.String()
		}
		if !e.Clause.IsZero() {
			c := e.Clause
			je.Clause = &c
		}
		if e.LeftKnown {
			s := int64(e.Left / time.Second)
			je.LeftSeconds = &s
		}
		for _, n := range e.Notes {
			je.Notes = append(je.Notes, n.jsonForm(lang))
		}
		if lang != nil {
			je.Text = e.Text(*lang)
		}
		j.Entries = append(j.Entries, je)
	}
	for _, s := range t.Statutory {
		js := jsonStatutory{ID: s.ID, Title: s.Title, Due: s.Due.String(), Expires: stamp(s.Expires), Code: s.Code, Refs: s.Refs}
		if lang != nil {
			js.Text = s.Text(*lang)
		}
		j.Statutory = append(j.Statutory, js)
	}
	if lang != nil {
		j.Text = t.Text(*lang)
	}
	return j
}

func (n Note) jsonForm(lang *law.Lang) jsonNote {
	j := jsonNote{Code: n.Code, Date: n.Date.String(), To: n.To.String(), At: stamp(n.At), Count: n.Count}
	if !n.Ref.IsZero() {
		r := n.Ref
		j.Ref = &r
	}
	if !n.Basis.IsZero() {
		r := n.Basis
		j.Basis = &r
	}
	for _, d := range n.Dates {
		j.Dates = append(j.Dates, d.String())
	}
	if n.Kind != calendar.Unknown {
		j.Kind = n.Kind.String()
	}
	if n.Name != (Text{}) {
		name := n.Name
		j.Name = &name
	}
	if lang != nil {
		j.Text = n.Text(*lang)
	}
	return j
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}
