import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { navItemsFor } from '../../app/navigation';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <Stack>
      <Title order={1}>{t('home.title', { name: user.name })}</Title>
      <Text>{t('home.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {navItemsFor(user.role).map((item) => (
          <Card key={item.to} component={Link} to={item.to} withBorder padding="lg">
            <Text fw={600}>{t(item.label)}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
