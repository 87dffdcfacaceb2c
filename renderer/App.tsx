import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { FamiliesPage } from './features/families/FamiliesPage';
import { InsurancePage } from './features/insurance/InsurancePage';
import { MatchesPage } from './features/matches/MatchesPage';
import { MunicipalitiesPage } from './features/municipalities/MunicipalitiesPage';
import { RetentionReminder } from './features/privacy/RetentionReminder';
import { RegistrationsPage } from './features/registrations/RegistrationsPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { SetupChecklist } from './features/setup/SetupChecklist';
import { VogPage } from './features/vog/VogPage';
import { AppLayout, useWorkAreas, type WorkArea } from './ui/AppLayout';

const PAGES: Record<WorkArea['path'], () => React.JSX.Element> = {
  '/aanmeldingen': RegistrationsPage,
  '/gezinnen': FamiliesPage,
  '/koppelingen': MatchesPage,
  '/vog': VogPage,
  '/verzekeringen': InsurancePage,
  '/gemeenten': MunicipalitiesPage,
  '/instellingen': SettingsPage,
};

export function App() {
  const areas = useWorkAreas();
  const home = areas[0]?.path;
  return (
    <HashRouter>
      <Routes>
        <Route
          element={
            <AppLayout
              notice={
                <>
                  <SetupChecklist />
                  <RetentionReminder />
                </>
              }
            />
          }
        >
          {home && <Route index element={<Navigate to={home} replace />} />}
          {areas.map(({ path }) => {
            const Page = PAGES[path];
            return <Route key={path} path={path} element={<Page />} />;
          })}
          {home && <Route path="*" element={<Navigate to={home} replace />} />}
        </Route>
      </Routes>
    </HashRouter>
  );
}
