import { useMemo } from 'react';
import { Badge, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { makeWords } from '../../history/words';
import { QueryState } from '../../ui/QueryState';
import { useJourney } from './api';
import { orderedSteps, stepDetails } from './journey';
import { useProtectionText } from './useProtectionText';

const CONTEXT_COLOUR: Record<string, string> = { enforcement: 'blue.9', court: 'grape.9', protection: 'teal.9' };

/** The person's journey as one timeline across contexts (police, court, social affairs), each step in words with its day. */
export function JourneyTab({ personId }: { personId: string }) {
  const text = useProtectionText();
  const { t } = text;
  const { t: th, i18n } = useTranslation('history');
  const words = useMemo(() => makeWords(th, i18n.language), [th, i18n.language]);
  const journey = useJourney(personId);
  return (
    <section aria-labelledby="protection-journey">
      <Title order={2} size="h3" id="protection-journey" mb="xs">
        {t('journey.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('journey.intro')}
      </Text>
      <QueryState query={journey}>
        {(answer) => {
          const steps = orderedSteps(answer.steps);
          if (steps.length === 0) return <Text c="dimmed">{t('journey.empty')}</Text>;
          return (
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('journey.title')}>
              {steps.map((step) => {
                const details = stepDetails(step, text, words);
                return (
                  <Paper component="li" key={`${step.recordId}-${step.revision}-${step.step}`} withBorder p="sm" data-step={step.step}>
                    <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                      <Box>
                        <Text fw={600}>{t(`journey.steps.${step.step}`, { defaultValue: step.step })}</Text>
                        <Text size="sm" c="dimmed">
                          {text.date(step.on)}
                        </Text>
                      </Box>
                      <Badge variant="filled" color={CONTEXT_COLOUR[step.context] ?? 'gray.7'}>
                        {text.code('context', step.context)}
                      </Badge>
                    </Group>
                    {details.length > 0 && (
                      <List size="sm" mt={4} spacing={2}>
                        {details.map((x) => (
                          <List.Item key={x.label}>
                            {x.label}: {x.value}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Paper>
                );
              })}
            </Stack>
          );
        }}
      </QueryState>
    </section>
  );
}
