import { Field, InputType, ObjectType, createUnionType, ID, Int } from 'type-graphql';
import { OptionalText, Text } from '../../graphql/validation.js';
import { ApiKeyView } from '../api-keys/api-keys.types.js';
import { ProjectView } from '../projects/projects.types.js';
import { RoleAssignmentView, StaffUserView } from '../staff/staff.types.js';

@ObjectType('Company', { simpleResolvers: true })
export class CompanyView {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int, { description: '保本微利: margins above this share of the price are flagged (basis points)' }) marginCeilingBp!: number;
  @Field(() => [String], { description: 'Units of charge this company adds to the standard list' }) extraUnits!: string[];
}

@ObjectType('Viewer', { description: 'Who is calling: a staff user or a partner API key.' })
export class ViewerView {
  @Field(() => CompanyView) company!: CompanyView;
  @Field(() => StaffUserView, { nullable: true }) user?: StaffUserView | null;
  @Field(() => ApiKeyView, { nullable: true }) apiKey?: ApiKeyView | null;
  @Field(() => [RoleAssignmentView], { description: 'Roles in effect (empty for a key)' }) roles!: RoleAssignmentView[];
  @Field(() => [ProjectView], { description: 'Projects the caller may see' }) projects!: ProjectView[];
  @Field(() => [String], { description: 'Actions the caller may perform somewhere, e.g. `project.manage`' })
  permissions!: string[];
}

@InputType()
export class LoginInput {
  @Field({ description: 'Email or mobile number' }) @Text(1, 254) login!: string;
  @Field() @OptionalText(200) password!: string;
}

@ObjectType('LoginSuccess')
export class LoginSuccess {
  @Field() token!: string;
  @Field() expiresAt!: Date;
  @Field(() => ViewerView) viewer!: ViewerView;
}

@ObjectType('LoginFailure', { description: 'An expected failure the user can act on: wrong credentials, locked, disabled.' })
export class LoginFailure {
  @Field({ description: 'INVALID_CREDENTIALS | ACCOUNT_LOCKED | ACCOUNT_DISABLED' }) code!: string;
  @Field() message!: string;
  @Field(() => Date, { nullable: true }) lockedUntil?: Date | null;
}

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [LoginSuccess, LoginFailure] as const,
  resolveType: (value) => ('token' in value ? LoginSuccess : LoginFailure),
});
