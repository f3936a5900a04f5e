// The official keys of German administration that an authority may carry, checked to their
// structure: Amtlicher Gemeindeschlüssel (AGS, 8 digits) and Amtlicher Regionalschlüssel (ARS,
// 12 digits), both starting with the Land; the PVOG organisation unit id of the portal network;
// a Wikidata item id.

/** The Land part of AGS and ARS (Statistisches Bundesamt), as ISO 3166-2 codes. */
export const LAND_BY_KEY_PREFIX: Record<string, string> = {
  '01': 'DE-SH',
  '02': 'DE-HH',
  '03': 'DE-NI',
  '04': 'DE-HB',
  '05': 'DE-NW',
  '06': 'DE-HE',
  '07': 'DE-RP',
  '08': 'DE-BW',
  '09': 'DE-BY',
  '10': 'DE-SL',
  '11': 'DE-BE',
  '12': 'DE-BB',
  '13': 'DE-MV',
  '14': 'DE-SN',
  '15': 'DE-ST',
  '16': 'DE-TH',
};

/** A problem with a key, in German and English; null when the key is fine. */
export type KeyProblem = { de: string; en: string } | null;

function landOf(key: string, name: string, bundesland: string | undefined): KeyProblem {
  const land = LAND_BY_KEY_PREFIX[key.slice(0, 2)];
  if (!land) {
    return {
      de: `${name} ${key} beginnt mit ${key.slice(0, 2)}, aber die Länder haben die Schlüssel 01 bis 16.`,
      en: `${name} ${key} starts with ${key.slice(0, 2)}, but the Länder are numbered 01 to 16.`,
    };
  }
  if (bundesland && bundesland !== land) {
    return {
      de: `${name} ${key} gehört zum Land ${land}, die Zeile nennt aber ${bundesland}.`,
      en: `${name} ${key} belongs to ${land}, but the row says ${bundesland}.`,
    };
  }
  return null;
}

/** A key one digit short: a spreadsheet that kept it as a number dropped its leading zero. */
function lostZero(name: string, key: string): KeyProblem {
  return {
    de: `${name} „${key}“ ist eine Ziffer zu kurz – fehlt die führende Null (0${key})? Excel entfernt sie, wenn die Spalte als Zahl formatiert ist; bitte als Text formatieren.`,
    en: `${name} "${key}" is one digit short – is the leading zero missing (0${key})? Excel drops it when the column is formatted as a number; format it as text.`,
  };
}

/** AGS: 8 digits (Land 2, Regierungsbezirk 1, Kreis 2, Gemeinde 3). */
export function checkAgs(ags: string, bundesland?: string): KeyProblem {
  if (/^[1-9]\d{6}$/.test(ags)) return lostZero('AGS', ags);
  if (!/^\d{8}$/.test(ags)) {
    return {
      de: `Der AGS „${ags}“ muss aus genau 8 Ziffern bestehen (z. B. 05315000 für Köln).`,
      en: `The AGS "${ags}" must be exactly 8 digits (e.g. 05315000 for Köln).`,
    };
  }
  return landOf(ags, 'AGS', bundesland);
}

/** ARS: 12 digits (Land 2, Regierungsbezirk 1, Kreis 2, Gemeindeverband 4, Gemeinde 3). */
export function checkArs(ars: string, bundesland?: string): KeyProblem {
  if (/^[1-9]\d{10}$/.test(ars)) return lostZero('ARS', ars);
  if (!/^\d{12}$/.test(ars)) {
    return {
      de: `Der ARS „${ars}“ muss aus genau 12 Ziffern bestehen (z. B. 053150000000 für Köln).`,
      en: `The ARS "${ars}" must be exactly 12 digits (e.g. 053150000000 for Köln).`,
    };
  }
  return landOf(ars, 'ARS', bundesland);
}

/** The AGS inside an ARS: Land, Regierungsbezirk and Kreis, then the Gemeinde's last three. */
export function agsOfArs(ars: string): string {
  return ars.slice(0, 5) + ars.slice(9, 12);
}

/** Both keys given: they must name the same place. */
export function checkAgsMatchesArs(ags: string, ars: string): KeyProblem {
  if (agsOfArs(ars) === ags) return null;
  return {
    de: `AGS ${ags} und ARS ${ars} passen nicht zusammen (der ARS ergibt den AGS ${agsOfArs(ars)}).`,
    en: `AGS ${ags} and ARS ${ars} do not match (the ARS gives the AGS ${agsOfArs(ars)}).`,
  };
}

/** PVOG organisation unit id, e.g. L100012.OE.225060530. */
export function checkPvogId(id: string): KeyProblem {
  if (/^[A-Z][0-9A-Z]{1,19}\.OE\.\d{1,20}$/.test(id)) return null;
  return {
    de: `Die PVOG-Kennung „${id}“ hat nicht die Form L100012.OE.225060530.`,
    en: `The PVOG id "${id}" is not of the form L100012.OE.225060530.`,
  };
}

/** Wikidata item id, e.g. Q365. */
export function checkWikidataId(id: string): KeyProblem {
  if (/^Q[1-9]\d{0,11}$/.test(id)) return null;
  return {
    de: `Die Wikidata-Kennung „${id}“ hat nicht die Form Q365.`,
    en: `The Wikidata id "${id}" is not of the form Q365.`,
  };
}
