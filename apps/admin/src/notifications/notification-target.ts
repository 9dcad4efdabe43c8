/** Console screens of the things a notification is about. */
const SUBJECT_RESOURCES: Record<string, string> = {
  ServiceOrder: 'serviceOrders',
  Complaint: 'complaints',
  WebhookEndpoint: 'webhookEndpoints',
};

/** The page of a notification's subject (router path, no `#`), or null for a subject without one. */
export function notificationPath({ subjectType, subjectId }: { subjectType: string; subjectId: string }): string | null {
  const resource = SUBJECT_RESOURCES[subjectType];
  return resource && subjectId ? `/${resource}/${encodeURIComponent(subjectId)}/show` : null;
}
