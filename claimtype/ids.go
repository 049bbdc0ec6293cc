package claimtype

// The IDs of the catalog, one per claim type, in catalog order. A test keeps
// them in sync with data/catalog.json.
const (
	GoodsRepair                          ID = "goods.repair"                             // Безвозмездное устранение недостатков товара (ремонт)
	GoodsLoaner                          ID = "goods.loaner"                             // Предоставление подменного товара на период ремонта
	GoodsReplace                         ID = "goods.replace"                            // Замена товара ненадлежащего качества
	GoodsReplaceQualityCheck             ID = "goods.replace.quality_check"              // Замена товара, если требуется дополнительная проверка качества
	GoodsReplaceOutOfStock               ID = "goods.replace.out_of_stock"               // Замена товара, если товара для замены нет в момент требования
	GoodsReplaceFarNorth                 ID = "goods.replace.far_north"                  // Замена товара в районах Крайнего Севера и приравненных местностях
	GoodsReplaceLoaner                   ID = "goods.replace.loaner"                     // Предоставление подменного товара на период замены
	GoodsPriceReduction                  ID = "goods.price_reduction"                    // Соразмерное уменьшение покупной цены
	GoodsRepairCosts                     ID = "goods.repair_costs"                       // Возмещение расходов на исправление недостатков товара
	GoodsRefund                          ID = "goods.refund"                             // Возврат уплаченной за товар суммы
	GoodsDamages                         ID = "goods.damages"                            // Возмещение убытков, причинённых продажей товара ненадлежащего качества
	GoodsEssentialDefectAfterWarranty    ID = "goods.essential_defect_after_warranty"    // Устранение существенного недостатка товара изготовителем после гарантийного срока
	GoodsExpertise                       ID = "goods.expertise"                          // Проверка качества и экспертиза товара
	GoodsPrepaidDeliveryDelay            ID = "goods.prepaid.delivery_delay"             // Нарушение срока передачи предварительно оплаченного товара
	GoodsPrepaidNewTerm                  ID = "goods.prepaid.new_term"                   // Передача предварительно оплаченного товара в новый срок, установленный потребителем
	GoodsPrepaidRefund                   ID = "goods.prepaid.refund"                     // Возврат суммы предварительной оплаты товара
	GoodsTechnicallyComplex              ID = "goods.technically_complex"                // Отказ от технически сложного товара с недостатком
	GoodsProperQualityExchange           ID = "goods.proper_quality.exchange"            // Обмен непродовольственного товара надлежащего качества
	GoodsProperQualityRefund             ID = "goods.proper_quality.refund"              // Возврат денег за товар надлежащего качества при отсутствии товара для обмена
	GoodsDistanceRefusal                 ID = "goods.distance.refusal"                   // Отказ от товара надлежащего качества, купленного дистанционно
	GoodsDistanceRefusalNoInfo           ID = "goods.distance.refusal.no_info"           // Отказ от дистанционно купленного товара без письменной информации о возврате
	GoodsDistanceRefund                  ID = "goods.distance.refund"                    // Возврат денег при отказе от дистанционно купленного товара
	ServicesDelay                        ID = "services.delay"                           // Нарушение сроков выполнения работы (оказания услуги)
	ServicesDefects                      ID = "services.defects"                         // Устранение недостатков выполненной работы (оказанной услуги)
	ServicesEssentialDefectAfterWarranty ID = "services.essential_defect_after_warranty" // Устранение существенного недостатка работы после гарантийного срока
	ServicesPriceReduction               ID = "services.price_reduction"                 // Уменьшение цены выполненной работы (оказанной услуги)
	ServicesRepairCosts                  ID = "services.repair_costs"                    // Возмещение расходов на устранение недостатков работы своими силами или третьими лицами
	ServicesRefund                       ID = "services.refund"                          // Возврат уплаченной за работу (услугу) суммы при отказе от договора
	ServicesDamagesOnRescission          ID = "services.damages_on_rescission"           // Возмещение убытков, причинённых отказом от исполнения договора
	ServicesRedo                         ID = "services.redo"                            // Повторное выполнение работы или изготовление другой вещи из однородного материала
	ServicesMaterialReplace              ID = "services.material.replace"                // Замена утраченного (повреждённого) материала потребителя
	ServicesMaterialRemake               ID = "services.material.remake"                 // Изготовление изделия из однородного материала (по желанию потребителя)
	ServicesWithdrawalRefund             ID = "services.withdrawal.refund"               // Возврат денег при отказе потребителя от договора (ст. 32)
	CivilNoTermObligation                ID = "civil.no_term_obligation"                 // Исполнение обязательства без срока или до востребования
	OSAGOClaim                           ID = "osago.claim"                              // Страховое возмещение по ОСАГО: выплата или направление на ремонт
	OSAGOClaimOwnSTO                     ID = "osago.claim.own_sto"                      // Страховое возмещение по ОСАГО при ремонте на СТОА по выбору потерпевшего
	OSAGORefusalNotice                   ID = "osago.refusal_notice"                     // Направление мотивированного отказа в страховом возмещении
	OSAGORepair                          ID = "osago.repair"                             // Восстановительный ремонт транспортного средства по направлению страховщика
	OSAGOPretension                      ID = "osago.pretension"                         // Претензия страховщику (потерпевший не является потребителем финансовых услуг)
	OSAGOConsumerClaim                   ID = "osago.consumer_claim"                     // Заявление потребителя финансовых услуг страховщику (досудебный порядок)
	OSAGOConsumerClaimElectronic         ID = "osago.consumer_claim.electronic"          // Электронное заявление потребителя финансовых услуг страховщику по стандартной форме
	InsuranceVoluntaryPayout             ID = "insurance.voluntary.payout"               // Выплата страхового возмещения по договору добровольного страхования имущества (КАСКО)
	FinanceComplaintAnswer               ID = "finance.complaint.answer"                 // Ответ финансовой организации на обращение потребителя
	FinanceComplaintAnswerExtended       ID = "finance.complaint.answer.extended"        // Ответ финансовой организации на обращение при продлении срока для запроса документов
	ComplaintRegister                    ID = "complaint.register"                       // Регистрация претензии и уведомление о получении
	ComplaintAnswerSimple                ID = "complaint.answer.simple"                  // Ответ на претензию, не требующую проверки
	ComplaintAnswer                      ID = "complaint.answer"                         // Ответ на претензию
	ComplaintAnswerExtended              ID = "complaint.answer.extended"                // Ответ на претензию, требующую дополнительной проверки
	ComplaintRetention                   ID = "complaint.retention"                      // Хранение претензий и ответов на них
)
