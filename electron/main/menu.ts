import { Menu, type MenuItemConstructorOptions } from 'electron';

/** The application menu in Dutch; the items use Electron's roles so shortcuts work per platform. */
export function installDutchMenu(isMac: boolean): void {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const, label: 'Buurtgezinnen' }] : []),
    {
      label: 'Bestand',
      submenu: [isMac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' }],
    },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'reload', label: 'Vernieuwen' },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Ware grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
