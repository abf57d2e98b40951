-- Resettlement's pre-departure asks, besides the health assessment the stage requests, for the
-- cultural orientation attended and the travel documents issued: both dates are required before
-- the case is ready for movement. A new version of the latest definition: open cases keep theirs
-- until a programme manager upgrades them.
insert into casework.definition (programme, version, body, created_at, created_by)
select d.programme, d.version + 1,
       jsonb_set(d.body, '{fields}', (d.body -> 'fields') || '[
         {"code": "orientation_date", "stage": "pre_departure",
          "labels": {"en": "Cultural orientation attended on", "fr": "Orientation culturelle suivie le",
                     "es": "Orientación cultural recibida el", "ar": "تاريخ حضور التوجيه الثقافي",
                     "hi": "सांस्कृतिक अभिविन्यास में भाग लेने की तिथि", "ko": "문화 오리엔테이션 참석일"},
          "type": "date", "required": true, "choices": []},
         {"code": "travel_documents_date", "stage": "pre_departure",
          "labels": {"en": "Travel documents issued on", "fr": "Documents de voyage délivrés le",
                     "es": "Documentos de viaje expedidos el", "ar": "تاريخ إصدار وثائق السفر",
                     "hi": "यात्रा दस्तावेज़ जारी होने की तिथि", "ko": "여행 서류 발급일"},
          "type": "date", "required": true, "choices": []}
       ]'::jsonb),
       now(), 'system'
from casework.definition d
where d.programme = 'resettlement'
  and d.version = (select max(version) from casework.definition where programme = 'resettlement');
