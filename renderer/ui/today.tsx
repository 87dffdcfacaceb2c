import { Center, Loader } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import { useApiQuery } from '../api';

/**
 * The app's one "today", asked of the main process: the page never takes a calendar date from the
 * browser, so a default date always agrees with the rules the main process checks it against.
 */
const TodayContext = createContext<string | null>(null);

/** Asked again every minute, so a window left open past midnight moves on to the new day. */
const REFRESH_MS = 60_000;

export function TodayProvider({ children }: { children: ReactNode }) {
  const { data } = useApiQuery('system.today', {}, { refetchInterval: REFRESH_MS });
  if (!data) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  return <TodayContext.Provider value={data.date}>{children}</TodayContext.Provider>;
}

/** Today's ISO date (`jjjj-mm-dd`) by the main process's clock. */
export function useToday(): string {
  const today = useContext(TodayContext);
  if (today === null) throw new Error('useToday outside TodayProvider');
  return today;
}

/** This year by the same clock. */
export function useThisYear(): number {
  return Number(useToday().slice(0, 4));
}
