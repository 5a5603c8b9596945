import { Badge } from '@mantine/core';
import { useProtectionText } from './useProtectionText';

/** The case's stage; filled in dark shades (a light badge's text is below AA contrast on its tint). */
export function StageBadge({ stage, size = 'md' }: { stage: string; size?: 'md' | 'lg' }) {
  const { code } = useProtectionText();
  return (
    <Badge size={size} variant="filled" color={stage === 'open' ? 'blue.9' : stage === 'integrated' ? 'teal.9' : 'gray.7'}>
      {code('stage', stage)}
    </Badge>
  );
}
