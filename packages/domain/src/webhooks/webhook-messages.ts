/** zh-CN and English texts for the webhook rules' message keys and the owner's inbox. */
export const webhookMessages = {
  'webhook.url.invalid': { zh: '不是有效的网址', en: 'Not a valid URL' },
  'webhook.url.tooLong': { zh: '网址不能超过 {max} 个字符', en: 'The URL may be at most {max} characters' },
  'webhook.url.httpsRequired': {
    zh: '回调地址须使用 HTTPS（仅本机地址可用 HTTP）',
    en: 'The endpoint must use HTTPS (plain HTTP only to this machine)',
  },
  'webhook.url.credentials': { zh: '网址中不能包含用户名或密码', en: 'The URL must not contain a user name or password' },
  'webhook.url.fragment': { zh: '网址中不能包含 # 片段', en: 'The URL must not contain a # fragment' },
  'webhook.events.empty': { zh: '至少选择一种事件', en: 'Choose at least one event' },
  'webhook.events.unknown': { zh: '未知事件：{event}', en: 'Unknown event: {event}' },
  'webhook.events.scopeMissing': {
    zh: '该 API 密钥的权限范围收不到事件 {event}',
    en: 'This API key’s scopes cannot receive {event}',
  },
  'webhook.apiKeyRevoked': { zh: '该 API 密钥已吊销', en: 'This API key is revoked' },
  'webhook.otherKey': { zh: '只能管理本密钥的回调地址', en: 'A key manages only its own endpoints' },
} as const;

export type WebhookMessageKey = keyof typeof webhookMessages;
