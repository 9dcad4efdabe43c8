import { NOTIFICATION_KINDS } from '@wuye/domain';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';

export const NotificationKindValue = graphqlEnum('NotificationKind', NOTIFICATION_KINDS, 'What an in-app notification is about');

@ObjectType('Notification', { simpleResolvers: true })
export class NotificationView {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindValue) kind!: string;
  @Field({ description: 'ServiceOrder | Complaint' }) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'The order or complaint number' }) subjectLabel!: string;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => String, { nullable: true, description: 'The note that came with the step (reason, new time)' }) body?: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt?: Date | null;
}

@ObjectType('NotificationPage', { simpleResolvers: true })
export class NotificationPage {
  @Field(() => [NotificationView]) items!: NotificationView[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field({ defaultValue: false }) unreadOnly: boolean = false;
}
