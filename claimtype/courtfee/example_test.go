package courtfee_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/claimtype/courtfee"
)

// A consumer sues for 1 500 000 ₽ in March 2025: the fee at that price less
// the fee at 1 000 000 ₽.
func ExampleCompute_consumer() {
	f, err := courtfee.Compute(decimal.NewFromInt(1_500_000), calendar.NewDate(2025, time.March, 3), courtfee.Consumer())
	if err != nil {
		panic(err)
	}
	fmt.Println(f.Full, f.Exempt, f.Amount)
	fmt.Print(f)
	// Output:
	// 30000 25000 5000
	// Иск подан 03.03.2025: применяется редакция, действующая с 09.09.2024 по настоящее время. [НК РФ ст. 333.19 п. 1 пп. 1 (ред. ФЗ от 08.08.2024 № 259-ФЗ)]
	// Цена иска 1 500 000 руб.: «от 1 000 001 рубля до 3 000 000 рублей - 25 000 рублей плюс 1 процент суммы, превышающей 1 000 000 рублей»; 25 000 + (1 500 000 − 1 000 000) × 1 % = 30 000 руб.
	// Истец — потребитель, цена иска превышает 1 000 000 руб.: пошлина уменьшается на сумму пошлины при цене иска 1 000 000 руб. (25 000 руб.): 30 000 − 25 000 = 5 000 руб. [НК РФ ст. 333.36 п. 3; НК РФ ст. 333.36 п. 2 пп. 4; Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 17 п. 3]
	// К уплате в полных рублях: 5 000 руб. [НК РФ ст. 52 п. 6]
}

// The wording in force on the filing date decides: the same 250 000 ₽ claim
// costs 5 700 ₽ filed on 08.09.2024 and 8 500 ₽ a day later.
func ExampleCompute_wording() {
	price := decimal.NewFromInt(250_000)
	for _, filed := range []calendar.Date{calendar.NewDate(2024, time.September, 8), calendar.NewDate(2024, time.September, 9)} {
		f, err := courtfee.Compute(price, filed)
		if err != nil {
			panic(err)
		}
		fmt.Println(filed.Format("02.01.2006"), f.Amount, f.Scale.Basis)
	}
	// Output:
	// 08.09.2024 5700 НК РФ ст. 333.19 п. 1 пп. 1 (ред. ФЗ от 27.12.2009 № 374-ФЗ)
	// 09.09.2024 8500 НК РФ ст. 333.19 п. 1 пп. 1 (ред. ФЗ от 08.08.2024 № 259-ФЗ)
}
