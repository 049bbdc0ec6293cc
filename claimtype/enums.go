package claimtype

import (
	"fmt"
	"strings"

	"github.com/zozpp/zozpp/calendar/law"
)

// Subject is what a claim is about.
type Subject uint8

// The subjects of the catalog.
const (
	SubjectGoods        Subject = iota + 1 // sale of goods, ЗоЗПП гл. II
	SubjectServices                        // works and services, ЗоЗПП гл. III
	SubjectCivil                           // general civil law, ГК РФ
	SubjectInsurance                       // insurance: ОСАГО (ФЗ № 40-ФЗ), voluntary insurance
	SubjectFinance                         // financial organisations' duties to consumers of financial services
	SubjectConstruction                    // shared construction of housing (214-ФЗ)
	SubjectHousing                         // housing and utility payments (ЖК РФ)
	SubjectLabour                          // wages and other payments to employees (ТК РФ)
	SubjectTax                             // taxes (НК РФ)
	SubjectProcurement                     // public procurement (44-ФЗ)
	SubjectFamily                          // alimony (СК РФ)
	SubjectComplaint                       // an organisation's own complaint handling, not statutory
)

// TermKind says how a claim type's term is set.
type TermKind uint8

// The kinds of term.
const (
	// TermFixed: the law fixes the term (ЗоЗПП ст. 22: 10 days).
	TermFixed TermKind = iota + 1
	// TermAtMost: the law bounds a term the parties agree in writing (ст. 20
	// п. 1: repair, at most 45 days); without an agreed term the bound is
	// computed.
	TermAtMost
	// TermSetByConsumer: the consumer sets a reasonable term (ст. 30):
	// Claim.ConsumerTerm.
	TermSetByConsumer
	// TermAgreed: the length comes from the contract (ст. 31 п. 2: the
	// urgent-service term, else the original term): Claim.AgreedTerm.
	TermAgreed
	// TermContractDate: the contract sets the date itself (ст. 23.1 п. 1,
	// ст. 27); Claim.Event is that date.
	TermContractDate
	// TermOnEvent: the term ends with an event that has no computable date
	// (ст. 21 п. 1 абз. 2: the next delivery to the Far North).
	TermOnEvent
	// TermSchedule: a series of debts, each with its own due day
	// (Claim.Debts): monthly utility bills, wage instalments, alimony,
	// taxes. Each due day is moved off a non-working day as the type's law
	// says (forward, or backward for wages).
	TermSchedule
	// TermWindow: the consumer's own period to act (ст. 25: 14 days; ст. 26.1:
	// 7 days or 3 months; ст. 18 п. 1: 15 days). Its last day is computed by
	// the same Civil Code rules; no penalty attaches to it.
	TermWindow
)

// Trigger is the event a term runs from.
type Trigger uint8

// The events terms run from.
const (
	TriggerClaimReceived       Trigger = iota + 1 // the seller or contractor received the demand (ГК РФ ст. 165.1)
	TriggerGoodsHandedOver                        // the goods were handed over to the consumer
	TriggerPurchase                               // the day of purchase
	TriggerGoodsReturned                          // the goods were returned to the seller
	TriggerDemand                                 // the creditor presented the demand (ГК РФ ст. 314 п. 2)
	TriggerContractDeadline                       // the date the contract sets
	TriggerApplicationAccepted                    // the insurer accepted the application and documents (ОСАГО)
	TriggerVehicleDelivered                       // the vehicle was delivered to the repair shop (ОСАГО)
	TriggerDeliveryToRegion                       // the next delivery of the goods to the region
	TriggerDocumentsSubmitted                     // the insured submitted every document the insurance rules require
	TriggerComplaintRegistered                    // the financial organisation registered the complaint
	TriggerDueDays                                // each debt's own due day (a schedule)
)

// Status says where a claim stands against its term.
type Status string

// The statuses of an Assessment.
const (
	// StatusNoDate: neither PerformedOn nor AsOf was given; only the
	// deadline is computed.
	StatusNoDate Status = "no_date"
	// StatusPending: not satisfied yet, and the term has not expired as of AsOf.
	StatusPending Status = "pending"
	// StatusOnTime: satisfied on or before the due date.
	StatusOnTime Status = "on_time"
	// StatusOverdue: satisfied late, or not satisfied and the term expired.
	StatusOverdue Status = "overdue"
	// StatusWindowOpen and StatusWindowClosed: for a TermWindow type,
	// whether the consumer's own period is still open on AsOf (or was on
	// PerformedOn).
	StatusWindowOpen   Status = "window_open"
	StatusWindowClosed Status = "window_closed"
)

// names of each enum: the JSON name, the Russian and the English text.
var (
	subjectNames = [...][3]string{
		SubjectGoods:        {"goods", "товары", "goods"},
		SubjectServices:     {"services", "работы и услуги", "works and services"},
		SubjectCivil:        {"civil", "гражданское право", "civil law"},
		SubjectInsurance:    {"insurance", "страхование", "insurance"},
		SubjectFinance:      {"finance", "финансовые услуги", "financial services"},
		SubjectConstruction: {"construction", "долевое строительство", "shared construction"},
		SubjectHousing:      {"housing", "жилищно-коммунальные услуги", "housing and utilities"},
		SubjectLabour:       {"labour", "трудовые отношения", "labour"},
		SubjectTax:          {"tax", "налоги", "taxes"},
		SubjectProcurement:  {"procurement", "госзакупки", "public procurement"},
		SubjectFamily:       {"family", "алименты", "alimony"},
		SubjectComplaint:    {"complaint", "обработка претензий (регламент)", "complaint handling (regulation)"},
	}
	termKindNames = [...][3]string{
		TermFixed:         {"fixed", "срок установлен законом", "term set by law"},
		TermAtMost:        {"at_most", "не более срока, установленного законом", "at most the statutory term"},
		TermSetByConsumer: {"set_by_consumer", "срок назначает потребитель", "term set by the consumer"},
		TermAgreed:        {"agreed_term", "срок по договору", "term agreed in the contract"},
		TermContractDate:  {"contract_date", "дата по договору", "date set by the contract"},
		TermOnEvent:       {"on_event", "срок определён событием", "term ends with an event"},
		TermSchedule:      {"schedule", "график платежей: у каждого долга свой срок", "a schedule: each debt has its own due day"},
		TermWindow:        {"window", "срок для действия потребителя", "the consumer's period to act"},
	}
	triggerNames = [...][3]string{
		TriggerClaimReceived:       {"claim_received", "получение требования (претензии)", "receipt of the demand (claim)"},
		TriggerGoodsHandedOver:     {"goods_handed_over", "передача товара потребителю", "handover of the goods to the consumer"},
		TriggerPurchase:            {"purchase", "покупка товара", "purchase of the goods"},
		TriggerGoodsReturned:       {"goods_returned", "возврат товара продавцу", "return of the goods to the seller"},
		TriggerDemand:              {"demand", "предъявление требования кредитором", "the creditor's demand"},
		TriggerContractDeadline:    {"contract_deadline", "дата, установленная договором", "the date set by the contract"},
		TriggerApplicationAccepted: {"application_accepted", "принятие заявления страховщиком к рассмотрению", "acceptance of the application by the insurer"},
		TriggerVehicleDelivered:    {"vehicle_delivered", "представление транспортного средства на СТОА", "delivery of the vehicle to the repair shop"},
		TriggerDeliveryToRegion:    {"delivery_to_region", "очередной завоз товара в район", "the next delivery of the goods to the region"},
		TriggerDocumentsSubmitted:  {"documents_submitted", "представление страхователем всех документов по правилам страхования", "submission of every document the insurance rules require"},
		TriggerComplaintRegistered: {"complaint_registered", "регистрация обращения финансовой организацией", "registration of the complaint by the financial organisation"},
		TriggerDueDays:             {"due_days", "срок уплаты каждого долга", "each debt's due day"},
	}
)

func (s Subject) String() string  { return enumName(subjectNames[:], int(s), 0) }
func (k TermKind) String() string { return enumName(termKindNames[:], int(k), 0) }
func (e Trigger) String() string  { return enumName(triggerNames[:], int(e), 0) }

// Text names the subject in lang.
func (s Subject) Text(lang law.Lang) string {
	return enumName(subjectNames[:], int(s), textIndex(lang))
}

// Text names the kind of term in lang: "срок назначает потребитель".
func (k TermKind) Text(lang law.Lang) string {
	return enumName(termKindNames[:], int(k), textIndex(lang))
}

// Text names the event in lang: "получение требования (претензии)".
func (e Trigger) Text(lang law.Lang) string {
	return enumName(triggerNames[:], int(e), textIndex(lang))
}

func (s Subject) MarshalText() ([]byte, error) {
	return marshalEnum(subjectNames[:], int(s), "subject")
}
func (k TermKind) MarshalText() ([]byte, error) {
	return marshalEnum(termKindNames[:], int(k), "term_kind")
}
func (e Trigger) MarshalText() ([]byte, error) { return marshalEnum(triggerNames[:], int(e), "from") }

func (s *Subject) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(subjectNames[:], string(b), "subject")
	*s = Subject(v)
	return err
}

func (k *TermKind) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(termKindNames[:], string(b), "term_kind")
	*k = TermKind(v)
	return err
}

func (e *Trigger) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(triggerNames[:], string(b), "from")
	*e = Trigger(v)
	return err
}

func textIndex(lang law.Lang) int {
	if lang == law.English {
		return 2
	}
	return 1
}

func enumName(names [][3]string, i, which int) string {
	if i > 0 && i < len(names) {
		return names[i][which]
	}
	return fmt.Sprintf("unknown(%d)", i)
}

func marshalEnum(names [][3]string, i int, what string) ([]byte, error) {
	if i > 0 && i < len(names) {
		return []byte(names[i][0]), nil
	}
	return nil, fmt.Errorf("claimtype: %w: %s %d is not set", ErrInvalidType, what, i)
}

func unmarshalEnum(names [][3]string, s, what string) (int, error) {
	var accepted []string
	for i, n := range names {
		if i > 0 && n[0] == s {
			return i, nil
		}
		if i > 0 {
			accepted = append(accepted, n[0])
		}
	}
	return 0, fmt.Errorf("claimtype: %s %q: accepted are %s", what, law.Clip(s), strings.Join(accepted, ", "))
}

var statusTexts = map[Status][2]string{
	StatusNoDate:       {"дата исполнения или расчёта не указана", "no date of performance or calculation given"},
	StatusPending:      {"срок не истёк", "the term has not expired"},
	StatusOnTime:       {"исполнено в срок", "met on time"},
	StatusOverdue:      {"срок нарушен", "overdue"},
	StatusWindowOpen:   {"срок для действия потребителя не истёк", "the consumer's period to act is open"},
	StatusWindowClosed: {"срок для действия потребителя истёк", "the consumer's period to act has ended"},
}

// Text names the status in lang: «срок нарушен», "overdue".
func (s Status) Text(lang law.Lang) string {
	t, ok := statusTexts[s]
	switch {
	case !ok:
		return string(s)
	case lang == law.English:
		return t[1]
	}
	return t[0]
}
