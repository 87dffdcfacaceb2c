import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { FamiliesPage } from './features/families/FamiliesPage';
import { InsurancePage } from './features/insurance/InsurancePage';
import { MatchesPage } from './features/matches/MatchesPage';
import { MunicipalitiesPage } from './features/municipalities/MunicipalitiesPage';
import { RegistrationsPage } from './features/registrations/RegistrationsPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { VogPage } from './features/vog/VogPage';
import { AppLayout, WORK_AREAS } from './ui/AppLayout';

const PAGES: Record<(typeof WORK_AREAS)[number]['path'], () => React.JSX.Element> = {
  '/aanmeldingen': RegistrationsPage,
  '/gezinnen': FamiliesPage,
  '/koppelingen': MatchesPage,
  '/vog': VogPage,
  '/verzekeringen': InsurancePage,
  '/gemeenten': MunicipalitiesPage,
  '/instellingen': SettingsPage,
};

export function App() {
  return (
    <HashRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to="/aanmeldingen" replace />} />
          {WORK_AREAS.map(({ path }) => {
            const Page = PAGES[path];
            return <Route key={path} path={path} element={<Page />} />;
          })}
          <Route path="*" element={<Navigate to="/aanmeldingen" replace />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
