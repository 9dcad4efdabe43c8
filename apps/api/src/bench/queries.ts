/**
 * The benchmark's two queries: an order list page with its relations (what the console's list
 * asks for) and the trivial authenticated `me`. The sustained load test measures the list
 * the same way, so the two runs compare the same thing.
 */
export const LIST_QUERY = `query OrderList($projectId: ID, $take: Int) {
  serviceOrders(filter: { projectId: $projectId }, take: $take) {
    totalCount
    items { id number state urgency createdAt quoteTotalFen unit { id number } resident { id name } catalogItem { id name } worker { id name email } }
  }
}`;
export const ME_QUERY = 'query Me { me { user { id name email } company { id code name } } }';
