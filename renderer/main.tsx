import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/nl';
import { MantineProvider, createTheme } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { refetchOutdated } from './api';
import { App } from './App';
import { SessionGuard } from './features/session/SessionGuard';
import { TodayProvider } from './ui/today';

const theme = createTheme({ primaryColor: 'teal', defaultRadius: 'sm' });

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
});
window.live.onChange((change) => void refetchOutdated(queryClient, change));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'nl', firstDayOfWeek: 1 }}>
        <QueryClientProvider client={queryClient}>
          <ModalsProvider labels={{ confirm: 'Bevestigen', cancel: 'Annuleren' }}>
            {/* Bottom left, away from the drawers on the right: a message must not cover the next
                button, and it stays while the pointer rests on it. */}
            <Notifications position="bottom-left" limit={3} />
            <SessionGuard>
              <TodayProvider>
                <App />
              </TodayProvider>
            </SessionGuard>
          </ModalsProvider>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
