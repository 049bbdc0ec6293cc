package claimtype

import "fmt"

// Subject is what a claim is about.
type Subject uint8

// The subjects of the catalog.
const (
	Goods     Subject = iota + 1 // sale of goods, ЗоЗПП гл. II
	Services                     // works and services, ЗоЗПП гл. III
	Civil                        // general civil law, ГК РФ
	Insurance                    // ОСАГО, ФЗ № 40-ФЗ
	Complaint                    // an organisation's own complaint handling, not statutory
)

// TermKind says how a claim type's term is set.
type TermKind uint8

// The kinds of term.
const (
	// Fixed: the law fixes the term (ЗоЗПП ст. 22: 10 days).
	Fixed TermKind = iota + 1
	// AtMost: the law bounds a term the parties agree in writing (ст. 20
	// п. 1: repair, at most 45 days); without an agreed term the bound is
	// computed.
	AtMost
	// SetByConsumer: the consumer sets a reasonable term (ст. 30); pass it
	// with deadline.WithConsumerTerm.
	SetByConsumer
	// AgreedTerm: the length comes from the contract (ст. 31 п. 2: the
	// urgent-service term, else the original term); pass it with
	// deadline.WithAgreedTerm.
	AgreedTerm
	// ContractDate: the contract sets the date itself (ст. 23.1 п. 1, ст. 27);
	// the event given is that date.
	ContractDate
	// OnEvent: the term ends with an event that has no computable date
	// (ст. 21 п. 1 абз. 2: the next delivery to the Far North).
	OnEvent
	// Window: the consumer's own period to act (ст. 25: 14 days; ст. 26.1:
	// 7 days or 3 months; ст. 18 п. 1: 15 days). Its last day is computed by
	// the same Civil Code rules; no penalty attaches to it.
	Window
)

// Event is what a term runs from.
type Event uint8

// The events terms run from.
const (
	ClaimReceived       Event = iota + 1 // the seller or contractor received the demand (ГК РФ ст. 165.1)
	GoodsHandedOver                      // the goods were handed over to the consumer
	Purchase                             // the day of purchase
	GoodsReturned                        // the goods were returned to the seller
	Demand                               // the creditor presented the demand (ГК РФ ст. 314 п. 2)
	ContractDeadline                     // the date the contract sets
	ApplicationAccepted                  // the insurer accepted the application and documents (ОСАГО)
	VehicleDelivered                     // the vehicle was delivered to the repair shop (ОСАГО)
	DeliveryToRegion                     // the next delivery of the goods to the region
)

var (
	subjectNames = [...]string{Goods: "goods", Services: "services", Insurance: "insurance", Civil: "civil", Complaint: "complaint"}
	subjectRU    = [...]string{Goods: "товары", Services: "работы и услуги", Insurance: "ОСАГО", Civil: "гражданское право", Complaint: "обработка претензий (регламент)"}
	kindNames    = [...]string{Fixed: "fixed", AtMost: "at_most", SetByConsumer: "set_by_consumer", AgreedTerm: "agreed_term", ContractDate: "contract_date", OnEvent: "on_event", Window: "window"}
	kindRU       = [...]string{Fixed: "срок установлен законом", AtMost: "не более срока, установленного законом", SetByConsumer: "срок назначает потребитель", AgreedTerm: "срок по договору", ContractDate: "дата по договору", OnEvent: "срок определён событием", Window: "срок для действия потребителя"}
	eventNames   = [...]string{ClaimReceived: "claim_received", GoodsHandedOver: "goods_handed_over", Purchase: "purchase", GoodsReturned: "goods_returned", Demand: "demand", ContractDeadline: "contract_deadline", ApplicationAccepted: "application_accepted", VehicleDelivered: "vehicle_delivered", DeliveryToRegion: "delivery_to_region"}
	eventRU      = [...]string{ClaimReceived: "получение требования (претензии)", GoodsHandedOver: "передача товара потребителю", Purchase: "покупка товара", GoodsReturned: "возврат товара продавцу", Demand: "предъявление требования кредитором", ContractDeadline: "дата, установленная договором", ApplicationAccepted: "принятие заявления страховщиком к рассмотрению", VehicleDelivered: "представление транспортного средства на СТОА", DeliveryToRegion: "очередной завоз товара в район"}
)

func (s Subject) String() string   { return name(subjectNames[:], int(s)) }
func (k TermKind) String() string  { return name(kindNames[:], int(k)) }
func (e Event) String() string     { return name(eventNames[:], int(e)) }
func (s Subject) Russian() string  { return name(subjectRU[:], int(s)) }
func (k TermKind) Russian() string { return name(kindRU[:], int(k)) }
func (e Event) Russian() string    { return name(eventRU[:], int(e)) }

func (s Subject) MarshalText() ([]byte, error)  { return marshal(subjectNames[:], int(s), "subject") }
func (k TermKind) MarshalText() ([]byte, error) { return marshal(kindNames[:], int(k), "term kind") }
func (e Event) MarshalText() ([]byte, error)    { return marshal(eventNames[:], int(e), "event") }

func (s *Subject) UnmarshalText(b []byte) error {
	v, err := unmarshal(subjectNames[:], string(b), "subject")
	*s = Subject(v)
	return err
}

func (k *TermKind) UnmarshalText(b []byte) error {
	v, err := unmarshal(kindNames[:], string(b), "term kind")
	*k = TermKind(v)
	return err
}

func (e *Event) UnmarshalText(b []byte) error {
	v, err := unmarshal(eventNames[:], string(b), "event")
	*e = Event(v)
	return err
}

func name(names []string, i int) string {
	if i > 0 && i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("unknown(%d)", i)
}

func marshal(names []string, i int, what string) ([]byte, error) {
	if i > 0 && i < len(names) {
		return []byte(names[i]), nil
	}
	return nil, fmt.Errorf("claimtype: unknown %s %d", what, i)
}

func unmarshal(names []string, s, what string) (int, error) {
	for i, n := range names {
		if i > 0 && n == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("claimtype: unknown %s %q; accepted: %v", what, s, names[1:])
}
