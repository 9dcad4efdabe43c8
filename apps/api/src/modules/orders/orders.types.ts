import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  DEPOSIT_OPERATION_KINDS,
  ORDER_CHANNELS,
  ORDER_CHARGES,
  ORDER_STATES,
  ORDER_URGENCIES,
  PAYMENT_METHODS,
  SERVICE_TYPES,
  type OrderChannel,
  type OrderCharge,
  type OrderState,
  type OrderUrgency,
  type PaymentMethod,
  type ServiceType,
} from '@wuye/domain';
import { graphqlEnum } from '../../graphql/enums.js';
import { PageArgs, SortOrder } from '../../graphql/pagination.js';
import { AtLeast, AtMost, OptionalText, Phone, Text } from '../../graphql/validation.js';

// The GraphQL names of the domain's own lists: the values are the domain's strings.
export const OrderStateValue = graphqlEnum('ServiceOrderState', ORDER_STATES);
export type OrderStateValue = OrderState;
export const ServiceTypeValue = graphqlEnum('ServiceType', SERVICE_TYPES, 'on-site repair, special cleaning, errand/purchase (代订代购), housekeeping …');
export type ServiceTypeValue = ServiceType;
export const OrderChargeValue = graphqlEnum('OrderCharge', ORDER_CHARGES);
export type OrderChargeValue = OrderCharge;
export const OrderUrgencyValue = graphqlEnum('OrderUrgency', ORDER_URGENCIES);
export type OrderUrgencyValue = OrderUrgency;
export const OrderChannelValue = graphqlEnum('OrderChannel', ORDER_CHANNELS);
export type OrderChannelValue = OrderChannel;
export const PaymentMethodValue = graphqlEnum('PaymentMethod', PAYMENT_METHODS);
export type PaymentMethodValue = PaymentMethod;

export enum QuoteLineKindValue {
  CATALOG = 'catalog',
  MATERIAL = 'material',
  GOODS = 'goods',
}
export enum ConsentMethodValue {
  PAPER_SIGNATURE = 'paper_signature',
  IN_PERSON = 'in_person',
  PHONE = 'phone',
  APP = 'app',
}
export enum ServiceOrderSortField {
  CREATED_AT = 'createdAt',
  NUMBER = 'number',
  STATE = 'state',
}
registerEnumType(QuoteLineKindValue, { name: 'QuoteLineKind' });
registerEnumType(ConsentMethodValue, { name: 'ConsentMethod' });
registerEnumType(ServiceOrderSortField, { name: 'ServiceOrderSortField' });

@ObjectType('ServiceOrder', { simpleResolvers: true })
export class ServiceOrderView {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID, { nullable: true }) residentId?: string | null;
  @Field() contactName!: string;
  @Field() contactPhone!: string;
  @Field() description!: string;
  @Field(() => OrderChannelValue) channel!: OrderChannelValue;
  @Field(() => ServiceTypeValue) serviceType!: ServiceTypeValue;
  @Field(() => OrderChargeValue) charge!: OrderChargeValue;
  @Field(() => OrderUrgencyValue) urgency!: OrderUrgencyValue;
  @Field(() => OrderStateValue) state!: OrderStateValue;
  @Field(() => ID, { nullable: true }) catalogItemId?: string | null;
  @Field(() => ID, { nullable: true }) supervisorId?: string | null;
  @Field(() => ID, { nullable: true }) workerId?: string | null;
  @Field(() => Date, { nullable: true }) appointmentStart?: Date | null;
  @Field(() => Date, { nullable: true }) appointmentEnd?: Date | null;
  @Field(() => Int) quoteVersion!: number;
  @Field(() => Int, { nullable: true, description: 'fen' }) quoteTotalFen?: number | null;
  @Field(() => Int, { nullable: true }) consentQuoteVersion?: number | null;
  @Field(() => Date, { nullable: true }) consentAt?: Date | null;
  @Field(() => Int, { description: 'fen' }) prepaidFen!: number;
  @Field(() => Int, { description: 'fen' }) paidFen!: number;
  @Field(() => Date, { nullable: true }) startedAt?: Date | null;
  @Field(() => Date, { nullable: true }) completedAt?: Date | null;
  @Field(() => Int, { nullable: true }) minutesSpent?: number | null;
  @Field(() => Int, { nullable: true }) rating?: number | null;
  @Field(() => String, { nullable: true }) signOffComment?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field() responseDueAt!: Date;
  @Field(() => Date, { nullable: true }) onSiteDueAt?: Date | null;
  @Field(() => Date, { nullable: true }) respondedAt?: Date | null;
  @Field(() => Date, { nullable: true }) onSiteAt?: Date | null;
  @Field(() => Int, { description: 'Materials issued against signed requisitions, fen' }) materialsCostFen!: number;
  @Field(() => String, { nullable: true, description: 'End-of-day review: why it is not signed off yet' }) eodReason?: string | null;
  @Field(() => Date, { nullable: true }) eodExpectedFinishAt?: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('ServiceOrderPage', { simpleResolvers: true })
export class ServiceOrderPage {
  @Field(() => [ServiceOrderView]) items!: ServiceOrderView[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('OrderEvent', { simpleResolvers: true })
export class OrderEventView {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) fromState?: string | null;
  @Field() toState!: string;
  @Field() actorName!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('QuoteLine', { simpleResolvers: true })
export class QuoteLineView {
  @Field(() => ID) id!: string;
  @Field(() => Int) quoteVersion!: number;
  @Field(() => QuoteLineKindValue) kind!: QuoteLineKindValue;
  @Field(() => ID, { nullable: true }) catalogItemId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The published price list version the price came from' }) priceListId?: string | null;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => Int, { description: 'thousandths: 1500 = 1.5' }) quantityMilli!: number;
  @Field(() => Int) unitPriceFen!: number;
  @Field(() => Int) amountFen!: number;
}

@ObjectType('Payment', { simpleResolvers: true })
export class PaymentView {
  @Field(() => ID) id!: string;
  @Field(() => ID) orderId!: string;
  @Field(() => Int) amountFen!: number;
  @Field(() => PaymentMethodValue) method!: PaymentMethodValue;
  @Field() stage!: string;
  @Field({ description: 'Unique and gap-free per project and year, e.g. CHHY-2026-000123' }) receiptNumber!: string;
  @Field() paidAt!: Date;
  @Field(() => ID) projectId!: string;
  @Field(() => ID, { nullable: true, description: 'Who took the money (cash or QR)' }) collectedById?: string | null;
}

@ObjectType('PaymentPage', { simpleResolvers: true })
export class PaymentPage {
  @Field(() => [PaymentView]) items!: PaymentView[];
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class PaymentFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => PaymentMethodValue, { nullable: true }) method?: PaymentMethodValue;
  @Field(() => Date, { nullable: true, description: 'Paid at or after' }) from?: Date;
  @Field(() => Date, { nullable: true, description: 'Paid before' }) to?: Date;
  @Field({ nullable: true, description: 'Receipt or order number' }) @IsOptional() @OptionalText(40) search?: string;
  @Field(() => ID, { nullable: true }) collectedById?: string;
}

@ArgsType()
export class PaymentsArgs extends PageArgs {
  @Field(() => PaymentFilter, { nullable: true }) filter?: PaymentFilter;
}

export const DepositTransactionKindValue = graphqlEnum('DepositTransactionKind', DEPOSIT_OPERATION_KINDS);

@ObjectType('DepositTransaction', { simpleResolvers: true })
export class DepositTransactionView {
  @Field(() => ID) id!: string;
  @Field(() => DepositTransactionKindValue) kind!: string;
  @Field(() => Int) amountFen!: number;
  @Field(() => Int) balanceAfterFen!: number;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('DepositAccount', { simpleResolvers: true })
export class DepositAccountView {
  @Field(() => ID) id!: string;
  @Field(() => ID) residentId!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => Int) balanceFen!: number;
  @Field() updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('DepositAccountPage', { simpleResolvers: true })
export class DepositAccountPage {
  @Field(() => [DepositAccountView]) items!: DepositAccountView[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class DepositAccountsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field({ nullable: true, description: 'Resident name or phone' }) @IsOptional() @OptionalText(50) search?: string;
}

@InputType()
export class ServiceOrderFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => [OrderStateValue], { nullable: true }) states?: OrderStateValue[];
  @Field(() => OrderUrgencyValue, { nullable: true }) urgency?: OrderUrgencyValue;
  @Field({ nullable: true, description: 'Open orders past their response or on-site deadline' }) breached?: boolean;
  @Field(() => ID, { nullable: true }) workerId?: string;
  @Field(() => ID, { nullable: true }) supervisorId?: string;
  @Field({ nullable: true }) @IsOptional() @OptionalText(100) search?: string;
  @Field(() => Date, { nullable: true, description: 'Registered at or after' }) createdFrom?: Date;
  @Field(() => Date, { nullable: true, description: 'Registered before' }) createdTo?: Date;
  @Field({ nullable: true, description: 'Signed off with a dissatisfied rating (1–2): the supervisor sees these at once' }) dissatisfied?: boolean;
}

@ArgsType()
export class ServiceOrdersArgs extends PageArgs {
  @Field(() => ServiceOrderFilter, { nullable: true }) filter?: ServiceOrderFilter;
  @Field(() => ServiceOrderSortField, { defaultValue: ServiceOrderSortField.CREATED_AT }) sortField: ServiceOrderSortField = ServiceOrderSortField.CREATED_AT;
  @Field(() => SortOrder, { defaultValue: SortOrder.DESC }) sortOrder: SortOrder = SortOrder.DESC;
}

@InputType()
export class RegisterServiceOrderInput {
  @Field(() => ID) unitId!: string;
  @Field(() => ID, { nullable: true, description: 'Omit for a visitor named in contactName' }) residentId?: string | null;
  @Field() @Text(1, 50) contactName!: string;
  @Field() @Phone() contactPhone!: string;
  @Field() @Text(1, 2000) description!: string;
  @Field(() => OrderChannelValue) channel!: OrderChannelValue;
  @Field(() => ServiceTypeValue) serviceType!: ServiceTypeValue;
  @Field(() => OrderChargeValue) charge!: OrderChargeValue;
  @Field(() => OrderUrgencyValue) urgency!: OrderUrgencyValue;
  @Field(() => Date, { nullable: true, description: 'Requested window; not needed for an emergency' }) appointmentStart?: Date | null;
  @Field(() => Date, { nullable: true }) appointmentEnd?: Date | null;
}

@InputType({ description: 'CATALOG: catalogItemId + quantity (+ unitPriceFen for range/workload items); MATERIAL: name, quantity, unit price; GOODS: name, amountFen (errands)' })
export class QuoteLineInput {
  @Field(() => QuoteLineKindValue) kind!: QuoteLineKindValue;
  @Field(() => ID, { nullable: true }) catalogItemId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(100) name?: string | null;
  @Field(() => Int, { defaultValue: 1000, description: 'thousandths: 1000 = 1' }) @AtLeast(1) @AtMost(1_000_000) quantityMilli: number = 1000;
  @Field(() => Int, { nullable: true }) @IsOptional() @AtLeast(0) @AtMost(100_000_000) unitPriceFen?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @AtLeast(0) @AtMost(100_000_000) amountFen?: number | null;
}

@InputType()
export class OrderStepInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(1000) note?: string | null;
}

@InputType()
export class QuoteServiceOrderInput extends OrderStepInput {
  @Field(() => [QuoteLineInput]) @ValidateNested({ each: true }) lines!: QuoteLineInput[];
}

@InputType()
export class ConsentInput extends OrderStepInput {
  @Field(() => ConsentMethodValue) method!: ConsentMethodValue;
  @Field({ description: 'Who consented (the resident’s name)' }) @Text(1, 50) consentBy!: string;
  @Field({ defaultValue: false, description: 'An emergency started on spoken consent (note says what was agreed)' }) verbal: boolean = false;
}

@InputType()
export class ReasonInput extends OrderStepInput {
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(1000) reason?: string | null;
}

@InputType()
export class CancelInput extends ReasonInput {
  @Field({ description: 'resident | staff' }) @Text(1, 10) cancelledBy!: string;
}

@InputType()
export class DispatchInput extends OrderStepInput {
  @Field(() => ID) supervisorId!: string;
}

@InputType()
export class AssignInput extends OrderStepInput {
  @Field(() => ID) workerId!: string;
}

@InputType()
export class BookInput extends OrderStepInput {
  @Field() start!: Date;
  @Field() end!: Date;
}

@InputType()
export class NoOneHomeInput extends OrderStepInput {
  @Field() arrivedAt!: Date;
}

@InputType()
export class CompleteInput extends OrderStepInput {
  @Field(() => Int, { description: '1–5; 1–2 count as dissatisfied' }) @AtLeast(1) @AtMost(5) rating!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(1000) comment?: string | null;
  @Field(() => Int) @AtLeast(0) @AtMost(100_000) minutesSpent!: number;
}

@InputType()
export class PayServiceOrderInput {
  @Field(() => ID) id!: string;
  @Field(() => PaymentMethodValue) method!: PaymentMethodValue;
  @Field({ description: 'The same key sent again returns the first payment instead of charging twice' }) @Text(8, 100) idempotencyKey!: string;
  @Field(() => ID, { nullable: true, description: 'Who took the cash or QR payment (defaults to the caller): workers only under ¥100' })
  collectedById?: string | null;
}

@InputType()
export class DepositInput {
  @Field(() => ID) residentId!: string;
  @Field(() => Int) @AtLeast(1) @AtMost(100_000_000) amountFen!: number;
}

@ObjectType('RequisitionLine', { simpleResolvers: true })
export class RequisitionLineView {
  @Field() name!: string;
  @Field(() => Int) quantityMilli!: number;
  @Field() unit!: string;
  @Field(() => Int) unitCostFen!: number;
}

@ObjectType('MaterialRequisition', { simpleResolvers: true })
export class MaterialRequisitionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) orderId!: string;
  @Field() citedOrderNumber!: string;
  @Field(() => [RequisitionLineView]) lines!: RequisitionLineView[];
  @Field(() => Int) totalCostFen!: number;
  @Field({ description: 'requested | signed | issued' }) state!: string;
  @Field(() => Date, { nullable: true }) signedAt?: Date | null;
  @Field(() => Date, { nullable: true }) issuedAt?: Date | null;
  @Field(() => ID) projectId!: string;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('MaterialRequisitionPage', { simpleResolvers: true })
export class MaterialRequisitionPage {
  @Field(() => [MaterialRequisitionView]) items!: MaterialRequisitionView[];
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class RequisitionFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => [String], { nullable: true, description: 'requested | signed | issued' }) states?: string[];
  @Field(() => ID, { nullable: true }) orderId?: string;
}

@ArgsType()
export class RequisitionsArgs extends PageArgs {
  @Field(() => RequisitionFilter, { nullable: true }) filter?: RequisitionFilter;
}

@InputType()
export class RequisitionLineInput {
  @Field() @Text(1, 100) name!: string;
  @Field(() => Int) @AtLeast(1) @AtMost(1_000_000) quantityMilli!: number;
  @Field() @Text(1, 10) unit!: string;
  @Field(() => Int) @AtLeast(0) @AtMost(100_000_000) unitCostFen!: number;
}

@InputType()
export class RequestMaterialsInput {
  @Field(() => ID) orderId!: string;
  @Field({ description: 'The order number written on the requisition (must match)' }) @Text(1, 40) citedOrderNumber!: string;
  @Field(() => [RequisitionLineInput]) @ValidateNested({ each: true }) lines!: RequisitionLineInput[];
}

@InputType()
export class VersionedIdInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@InputType()
export class EndOfDayNoteInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(1000) reason?: string | null;
  @Field(() => Date, { nullable: true }) expectedFinishAt?: Date | null;
}
