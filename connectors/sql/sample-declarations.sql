-- Sample content of the declaration database of the compose stack: two offices, an old cleared
-- declaration (reaches the topic through the snapshot, as replay) and a recent suspicious one.
INSERT INTO customs.office (office_code, name, country, time_zone) VALUES
    ('JOAMM1', 'Amman Customs House', 'JO', 'Asia/Amman'),
    ('JOAQJ1', 'Aqaba Port', 'JO', 'Asia/Amman')
ON CONFLICT DO NOTHING;

DO $$
DECLARE
    pk bigint;
BEGIN
    INSERT INTO customs.declaration (authority, source_system, declaration_id, status, mrn, declaration_type,
        accepted_at_local, office_of_declaration, origin_country, export_country, destination_country,
        transport_mode, means_id, containers, invoice_amount, invoice_currency)
    VALUES ('JO', 'ASYCUDA', '2019-IM-000042', 'ACCEPTED', '19JO000042', 'IMPORT', '2019-06-03 11:20:00',
        'JOAQJ1', 'CN', 'CN', 'JO', 'SEA', 'IMO9321483', '{MSCU4567891}', 18250.00, 'USD')
    RETURNING declaration_pk INTO pk;
    INSERT INTO customs.declaration_party (declaration_pk, party_seq, role, kind, name, country)
    VALUES (pk, 1, 'EXPORTER', 'ORGANISATION', 'Ningbo Home Textiles Co.', 'CN'),
           (pk, 2, 'IMPORTER', 'ORGANISATION', 'Amman Furnishing LLC', 'JO');
    INSERT INTO customs.declaration_item (declaration_pk, item_number, hs_code, description, origin_country,
        packages, gross_mass_kg, stat_value_amount, stat_value_currency)
    VALUES (pk, 1, '570320', 'machine-made nylon carpets', 'CN', 120, 5400, 18250.00, 'USD');

    INSERT INTO customs.declaration (authority, source_system, declaration_id, status, mrn, declaration_type,
        accepted_at_local, office_of_declaration, origin_country, export_country, transit_countries,
        destination_country, transport_mode, means_id, containers, invoice_amount, invoice_currency)
    VALUES ('JO', 'ASYCUDA', '2026-IM-001337', 'ACCEPTED', '26JO001337', 'IMPORT', now() AT TIME ZONE 'Asia/Amman',
        'JOAMM1', 'IQ', 'TR', '{AE}', 'JO', 'ROAD', 'JO-12-34567', '{}', 45.00, 'USD')
    RETURNING declaration_pk INTO pk;
    INSERT INTO customs.declaration_party (declaration_pk, party_seq, role, kind, name, country)
    VALUES (pk, 1, 'EXPORTER', 'PERSON', 'Mohammed Al-Qasimi', 'IQ'),
           (pk, 2, 'IMPORTER', 'ORGANISATION', 'Levant Heritage Trading', 'JO');
    INSERT INTO customs.declaration_item (declaration_pk, item_number, hs_code, description, origin_country,
        packages, gross_mass_kg, stat_value_amount, stat_value_currency, declared_period)
    VALUES (pk, 1, '690790', 'ceramic tiles (sample) with inscriptions', 'TR', 1, 3.5, 45.00, 'USD', NULL);
END
$$;
