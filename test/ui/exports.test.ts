import { describe, expect, it } from 'vitest';
import { eventsCsv, fileStem, tableCsv } from '../../src/ui/exports';

describe('exports', () => {
  it('name files by scenario, seed and week', () => {
    expect(fileStem({ id: 'icb-2022', regime: 'icb-2022', seed: 3 }, 57)).toBe('icb-2022-seed3-wk57');
    expect(fileStem({ regime: 'ccg-2013', seed: 0 }, 0)).toBe('ccg-2013-seed0-wk0');
  });
  it('quote fields as the command line does', () => {
    const csv = eventsCsv(
      [
        {
          id: 4,
          tick: 53,
          type: 'arbitration.decided',
          tone: 'dispute',
          text: 'A, B said "no"',
          nodes: [],
          why: null,
          cause: null,
        },
      ],
      2013,
    );
    expect(csv).toBe(
      'id,week,financial_year,week_of_year,type,kind,text\n4,53,2014/15,2,arbitration.decided,dispute,"A, B said ""no"""\n',
    );
    const t = tableCsv([
      {
        index: 0,
        id: 'R1',
        name: 'Acme',
        kind: 'acute',
        area: 'North',
        areaCode: null,
        region: null,
        commissioner: '',
        incomeM: 12.5,
        margin: -0.02,
        trust: null,
        contracts: 2,
        waitingList: 40,
        active: true,
      },
      {
        index: 1,
        id: 'R2',
        name: 'Mersey Hospitals',
        kind: 'acute',
        area: 'Cheshire and Merseyside',
        areaCode: 'QYG',
        region: 'North West',
        commissioner: 'Wirral CCG',
        incomeM: 300,
        margin: 0.01,
        trust: 0.5,
        contracts: 3,
        waitingList: 900,
        active: true,
      },
    ]);
    expect(t.split('\n')[0]).toBe(
      'code,name,type,area,area_code,region,commissioner,income_m,margin,trust,contracts,waiting_list,active',
    );
    expect(t.split('\n')[1]).toBe('R1,Acme,acute,North,,,,12.5,-0.02,,2,40,true');
    expect(t.split('\n')[2]).toBe(
      'R2,Mersey Hospitals,acute,Cheshire and Merseyside,QYG,North West,Wirral CCG,300,0.01,0.5,3,900,true',
    );
  });
});
