import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** A list without a `take` (a unit's residents, an order's timeline) is assumed to hold this many rows. */
export const UNPAGED_LIST_ROWS = 10;

type Variables = Record<string, unknown> | undefined;

function intValue(node: ValueNode | undefined, variables: Variables): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind === Kind.VARIABLE) {
    const value = variables?.[node.name.value];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

/** Rows one field can return: its `take` (from a literal, a variable, or the default). */
function pageSize(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], variables: Variables) {
  const take = field.args.find((a) => a.name === 'take');
  if (!take) return undefined;
  const given = intValue(args.find((a) => a.name.value === 'take')?.value, variables);
  const fallback = typeof take.defaultValue === 'number' ? take.defaultValue : UNPAGED_LIST_ROWS;
  // A negative or absurd take is refused by validation; for the estimate it is at least one row.
  return Math.max(1, given ?? fallback);
}

/**
 * Estimated cost of an operation: every field resolved costs 1, and a field's subtree is
 * multiplied by the rows it can return — its `take` for a paged field (the page's `items`
 * then count once), UNPAGED_LIST_ROWS for any other list of objects. Computed per request
 * with that request's variables: Apollo caches validation per query text, so a limit that
 * depends on `take: $n` cannot live in a validation rule.
 */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const visit = (set: SelectionSetNode, type: GraphQLNamedType, pagedParent: boolean, seen: Set<string>): number => {
    // Unions have no fields of their own; their members come through inline fragments.
    const fields: Record<string, GraphQLField<unknown, unknown>> = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on) cost += visit(selection.selectionSet, on, pagedParent, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (on) cost += visit(fragment.selectionSet, on, pagedParent, new Set([...seen, fragment.name.value]));
        continue;
      }
      const field = fields[selection.name.value];
      if (!field) continue; // __typename, or a field validation already refused
      cost += 1;
      if (!selection.selectionSet) continue;
      const rows = pageSize(field, selection.arguments ?? [], variables);
      const listed = isListType(getNullableType(field.type));
      const multiplier = rows ?? (listed && !pagedParent ? UNPAGED_LIST_ROWS : 1);
      cost += multiplier * visit(selection.selectionSet, getNamedType(field.type), rows !== undefined, seen);
    }
    return cost;
  };

  return visit(operation.selectionSet, root, false, new Set());
}
