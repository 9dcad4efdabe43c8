import { Box } from '@mui/material';

/** A before/after snapshot (a JSON object from the API), indented. */
export const JsonBlock = ({ value, empty }: { value: Record<string, unknown> | null; empty: string }) => (
  <Box
    component="pre"
    sx={{
      m: 0,
      p: 1.5,
      bgcolor: 'action.hover',
      borderRadius: 1,
      fontSize: 12,
      overflow: 'auto',
      maxHeight: 400,
      whiteSpace: 'pre-wrap',
      wordBreak: 'break-all',
    }}
  >
    {value ? JSON.stringify(value, null, 2) : empty}
  </Box>
);
