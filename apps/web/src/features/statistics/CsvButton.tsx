import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert';

/** Saves a blob under a file name: an object URL on a temporary `<a download>`, released right after. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Downloads the table as the API writes it (`format=csv`), fetched with the bearer token through
 * the api client (a plain link could not carry the token).
 */
export function CsvButton({ fetchCsv, fileName }: { fetchCsv: () => Promise<Blob>; fileName: string }) {
  const { t } = useTranslation();
  const download = useMutation({ mutationFn: async () => saveBlob(await fetchCsv(), fileName) });
  return (
    <>
      <Button variant="default" onClick={() => download.mutate()} loading={download.isPending}>
        {t('actions.downloadCsv')}
      </Button>
      {download.isError && (
        <div style={{ flexBasis: '100%' }}>
          <ProblemAlert error={download.error} />
        </div>
      )}
    </>
  );
}
