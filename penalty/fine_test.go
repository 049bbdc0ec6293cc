package penalty_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

func TestConsumerFine(t *testing.T) {
	f, err := penalty.ConsumerFine(penalty.ConsumerFineInput{Penalty: dec("8398.60"), Base: dec("59990.00"), MoralDamages: dec("5000")})
	require.NoError(t, err)
	// ЗоЗПП ст. 13 п. 6: (8 398,60 + 59 990,00 + 5 000,00) × 50 % = 36 694,30.
	assert.Equal(t, "73388.60", f.Base.StringFixed(2))
	assert.Equal(t, "36694.30", f.Total.StringFixed(2))
	require.Len(t, f.Parts, 3)
	assert.Equal(t, penalty.FineMoralDamages, f.Parts[2].Code)
	basis := law.Join(f.Basis, law.Russian)
	assert.Contains(t, basis, "ст. 13 п. 6")
	assert.Contains(t, basis, "№ 17, п. 46", "п. 46: the fine is imposed whether or not claimed")
	assert.Equal(t, "Штраф: 50 % × (неустойка 8 398,60 руб. + стоимость товара (работы, услуги) 59 990,00 руб. + компенсация морального вреда 5 000,00 руб.) = 36 694,30 руб.\n", f.String()[:len("Штраф: 50 % × (неустойка 8 398,60 руб. + стоимость товара (работы, услуги) 59 990,00 руб. + компенсация морального вреда 5 000,00 руб.) = 36 694,30 руб.\n")])
	assert.Empty(t, f.Notes)

	f, err = penalty.ConsumerFine(penalty.ConsumerFineInput{Penalty: dec("1000"), TermEnded: day(t, "2022-05-10")})
	require.NoError(t, err)
	require.Len(t, f.Notes, 1)
	assert.Equal(t, penalty.FineMoratoriumDisputed, f.Notes[0].Code, "audit §1 h: the 2022 moratorium's effect on the fine is disputed")
	assert.Contains(t, f.String(), "спорный вопрос практики")

	_, err = penalty.ConsumerFine(penalty.ConsumerFineInput{MoralDamages: dec("-1")})
	var ie *penalty.InputError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "moral_damages", ie.Field)
}

func TestCourtFine(t *testing.T) {
	got, err := penalty.CourtFine(dec("0.01"))
	require.NoError(t, err)
	assert.Equal(t, "0.01", got.StringFixed(2), "half a kopeck rounds away from zero")
	_, err = penalty.CourtFine(dec("-100"))
	assert.ErrorIs(t, err, penalty.ErrInvalidInput, "review D10: a negative sum is an error, not a negative fine")
	_, err = penalty.CourtFine(decimal.New(1, 20_000_000))
	assert.ErrorIs(t, err, penalty.ErrInvalidInput, "review D8")
}

func TestOSAGOAndDDUFines(t *testing.T) {
	f, err := penalty.OSAGOFine(dec("120000"), dec("40000"))
	require.NoError(t, err)
	assert.Equal(t, "40000.00", f.Total.StringFixed(2), "40-ФЗ ст. 16.1 п. 3: (120 000 − 40 000) × 50 %")
	assert.Contains(t, f.String(), "страховое возмещение, определённое судом 120 000,00 руб. − выплачено добровольно 40 000,00 руб.")
	_, err = penalty.OSAGOFine(dec("100"), dec("200"))
	var ie *penalty.InputError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "paid_voluntarily", ie.Field)

	f, err = penalty.DDUFine(dec("236000"))
	require.NoError(t, err)
	assert.Equal(t, "11800.00", f.Total.StringFixed(2), "214-ФЗ ст. 10 ч. 3: 5 %")
	assert.Equal(t, penalty.FineDDUEffective, f.Notes[0].Code)
	assert.Contains(t, f.Text(law.English), "The 5 % fine applies from 1 September 2024")
}

func TestProcurementWriteOff(t *testing.T) {
	tests := []struct {
		price, penalties string
		full             bool
		code             penalty.Code
		payable          string
		source           string
	}{
		{"1000000", "50000", true, penalty.WriteOffFull, "0.00", "ПП № 783 п. 3 «а»: at most 5 % of the price"},
		{"1000000", "50000.01", true, penalty.WriteOffHalf, "25000.01", "above 5 %: half written off if the other half is paid"},
		{"1000000", "200000", true, penalty.WriteOffHalf, "100000.00", "up to 20 %"},
		{"1000000", "200000.01", true, penalty.WriteOffNone, "200000.01", "above 20 %"},
		{"1000000", "1000", false, penalty.WriteOffNotPerformed, "1000.00", "п. 2: only contracts performed in full"},
	}
	for _, tc := range tests {
		w, err := penalty.ProcurementWriteOff(dec(tc.price), dec(tc.penalties), tc.full)
		require.NoError(t, err)
		assert.Equal(t, tc.code, w.Code, tc.source)
		assert.Equal(t, tc.payable, w.Payable.StringFixed(2), tc.source)
		assert.True(t, w.Payable.Add(w.WrittenOff).Equal(dec(tc.penalties)), tc.source)
	}
}
