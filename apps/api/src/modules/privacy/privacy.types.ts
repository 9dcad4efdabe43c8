import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

/** Where the number to reveal is kept. */
export enum PhoneSubject {
  RESIDENT = 'Resident',
  SERVICE_ORDER = 'ServiceOrder',
  COMPLAINT = 'Complaint',
  FOLLOW_UP = 'FollowUp',
}
registerEnumType(PhoneSubject, { name: 'PhoneSubject', description: 'A resident, or the contact of an order, complaint or follow-up' });

@InputType()
export class RevealPhoneInput {
  @Field(() => PhoneSubject) subject!: PhoneSubject;
  @Field(() => ID) id!: string;
}

@ObjectType('RevealedPhone')
export class RevealedPhone {
  @Field(() => PhoneSubject) subject!: PhoneSubject;
  @Field(() => ID) id!: string;
  @Field({ description: 'The number in full' }) phone!: string;
}
