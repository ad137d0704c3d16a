-- Protocol content is data, so its translations are data too. A template is written in one
-- language (language_tag, 'en' for everything so far); its texts may have translations in other
-- languages, one row per text and language. The clinic's default protocol (V4) gets Spanish here;
-- a therapist's own protocol has none and stays as written.
-- Every statement is plain SQL that runs unchanged on MySQL/MariaDB and on H2 in MySQL mode.

ALTER TABLE protocol_templates ADD COLUMN language_tag VARCHAR(8) NOT NULL DEFAULT 'en';

CREATE TABLE protocol_template_translations (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_id  BIGINT        NOT NULL,
    language_tag VARCHAR(8)    NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    description  VARCHAR(1000),
    created_at   DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_template_translations_template FOREIGN KEY (template_id) REFERENCES protocol_templates (id) ON DELETE CASCADE,
    CONSTRAINT uk_template_translations UNIQUE (template_id, language_tag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE protocol_phase_translations (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phase_id     BIGINT        NOT NULL,
    language_tag VARCHAR(8)    NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    purpose      VARCHAR(1000),
    created_at   DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_phase_translations_phase FOREIGN KEY (phase_id) REFERENCES protocol_phases (id) ON DELETE CASCADE,
    CONSTRAINT uk_phase_translations UNIQUE (phase_id, language_tag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE protocol_prescription_translations (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prescription_id BIGINT        NOT NULL,
    language_tag    VARCHAR(8)    NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    instruction     VARCHAR(1000),
    notes           VARCHAR(1000),
    created_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_prescription_translations_prescription FOREIGN KEY (prescription_id) REFERENCES protocol_prescriptions (id) ON DELETE CASCADE,
    CONSTRAINT uk_prescription_translations UNIQUE (prescription_id, language_tag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE protocol_gate_test_translations (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    gate_test_id BIGINT        NOT NULL,
    language_tag VARCHAR(8)    NOT NULL,
    description  VARCHAR(300)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_gate_test_translations_test FOREIGN KEY (gate_test_id) REFERENCES protocol_gate_tests (id) ON DELETE CASCADE,
    CONSTRAINT uk_gate_test_translations UNIQUE (gate_test_id, language_tag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- ===== The default protocol in Spanish =====
-- The Spanish wording first goes into work tables, keyed by position and by the English text it
-- translates; one INSERT ... SELECT per kind of text then gives it to the default and to the
-- plans' private copies of the default made before this migration (copied_from_id, V6), which
-- are exact copies. Matching the English text as well means a translation never lands on a
-- text it was not written for.

CREATE TABLE v18_es_template (
    name_en     VARCHAR(120)  NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE v18_es_phases (
    position INT           NOT NULL,
    name_en  VARCHAR(120)  NOT NULL,
    name     VARCHAR(120)  NOT NULL,
    purpose  VARCHAR(1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE v18_es_prescriptions (
    phase_position INT           NOT NULL,
    position       INT           NOT NULL,
    name_en        VARCHAR(120)  NOT NULL,
    name           VARCHAR(120)  NOT NULL,
    instruction    VARCHAR(1000),
    notes          VARCHAR(1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE v18_es_gate_tests (
    phase_position INT          NOT NULL,
    position       INT          NOT NULL,
    description_en VARCHAR(300) NOT NULL,
    description    VARCHAR(300) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO v18_es_template (name_en, name, description) VALUES
('Low-back pain after deadlifting', 'Dolor lumbar tras el peso muerto',
 'El protocolo de recuperación predeterminado de la clínica: calmar el dolor, recuperación activa, reconstruir el movimiento, reaprender la bisagra de cadera, volver a cargar, mantenerse sano.');

INSERT INTO v18_es_phases (position, name_en, name, purpose) VALUES
(1, 'Calm it down', 'Calmar el dolor', 'Las primeras 72 horas: deja que el tejido irritado se calme.'),
(2, 'Active recovery', 'Recuperación activa', 'Desde las 48 horas aproximadamente: movimiento suave y lo que el cuerpo necesita para repararse.'),
(3, 'Rebuild movement', 'Reconstruir el movimiento', 'Semana 1: primero movilidad, después estabilidad del core. Pasa a la siguiente fase solo cuando superes las cuatro pruebas.'),
(4, 'Re-pattern the hinge', 'Reaprender la bisagra de cadera', 'Semanas 2 a 4: vuelve a aprender la bisagra de cadera y después cárgala ligeramente.'),
(5, 'Reload', 'Volver a cargar', 'Ocho semanas hasta volver al peso muerto completo, con un porcentaje de tu repetición máxima (1RM) previa a la lesión.'),
(6, 'Stay healthy', 'Mantenerse sano', 'Calienta antes de cada levantamiento y respeta los puntos clave de la técnica.');

INSERT INTO v18_es_prescriptions (phase_position, position, name_en, name, instruction, notes) VALUES
(1, 1, 'No deadlifts, no heavy loading of the spine', 'Nada de peso muerto ni de cargas pesadas sobre la columna',
    'Deja descansar la espalda de cualquier levantamiento pesado, sin excepción.', 'Durante las primeras 24 a 48 horas.'),
(1, 2, 'Ice the sore area', 'Hielo en la zona dolorida', 'Envuelve el hielo en un paño: nunca lo pongas directamente sobre la piel.', NULL),
(1, 3, 'Light compression', 'Compresión ligera', 'Usa una faja lumbar elástica.', NULL),
(1, 4, 'Anti-inflammatory (optional)', 'Antiinflamatorio (opcional)',
    'Solo si tu fisioterapeuta está de acuerdo y no tienes problemas de estómago: un antiinflamatorio sin receta, únicamente durante las primeras 72 horas.',
    'Manda el criterio de tu fisioterapeuta; este portal nunca calcula la dosis de un medicamento.'),
(2, 1, 'Walk on flat ground', 'Caminar por terreno llano', NULL, NULL),
(2, 2, 'Cat-cow', 'Gato-camello', 'Despacio, dentro de un rango de movimiento que no duela.', NULL),
(2, 3, 'Diaphragmatic breathing in child''s pose', 'Respiración diafragmática en la postura del niño', 'Lleva el aire hacia el abdomen y la zona lumbar.', NULL),
(2, 4, 'Water', 'Agua', 'Repártela a lo largo del día.', 'Mililitros por kilogramo de peso corporal al día.'),
(2, 5, 'Protein', 'Proteína', 'Repártela entre tus comidas.', 'Gramos por kilogramo de peso corporal al día.'),
(3, 1, 'Cat-cow', 'Gato-camello', 'Solo movilidad suave.', NULL),
(3, 2, 'Walking', 'Caminar', 'En total, a lo largo del día.', NULL),
(3, 3, 'Bird-dog', 'Bird-dog (cuadrupedia con brazo y pierna contrarios)', 'Mantén la espalda inmóvil mientras alargas el brazo y la pierna contrarios.', NULL),
(3, 4, 'Dead bug', 'Dead bug (bicho muerto)', 'La zona lumbar se mantiene apoyada en el suelo durante todo el ejercicio.', NULL),
(4, 1, 'Hip hinge with a dowel along the spine', 'Bisagra de cadera con una pica a lo largo de la columna',
    'Sin peso: la cabeza, la parte alta de la espalda y el sacro no pierden el contacto con la pica.', NULL),
(4, 2, 'Kettlebell Romanian deadlift from blocks', 'Peso muerto rumano con kettlebell desde bloques', NULL, NULL),
(5, 1, 'Kettlebell deadlift from blocks', 'Peso muerto con kettlebell desde bloques', NULL, NULL),
(5, 2, 'Rack pull from knee height', 'Peso muerto parcial (rack pull) desde la altura de la rodilla', NULL, NULL),
(5, 3, 'Rack pull from mid-shin', 'Peso muerto parcial (rack pull) desde media tibia', NULL, NULL),
(5, 4, 'Deadlift', 'Peso muerto', 'El levantamiento completo desde el suelo.', NULL),
(5, 5, 'Barbell hip thrust', 'Hip thrust con barra', NULL, 'Ejercicio accesorio.'),
(5, 6, 'Pallof press', 'Press Pallof', NULL, 'Ejercicio accesorio.'),
(5, 7, 'Bodyweight hip hinges', 'Bisagras de cadera con el peso corporal',
    'En lugar del levantamiento con carga, durante una semana más, después de una sobrecarga de la espalda.', NULL),
(6, 1, 'Warm-up before every lift', 'Calentamiento antes de cada levantamiento', NULL, NULL),
(6, 2, 'Rowing', 'Remo en máquina', NULL, NULL),
(6, 3, 'Leg swings, to the front', 'Balanceos de pierna hacia delante', NULL, NULL),
(6, 4, 'Leg swings, to the side', 'Balanceos de pierna hacia el lado', NULL, NULL),
(6, 5, 'World''s greatest stretch', 'El mejor estiramiento del mundo (world''s greatest stretch)', NULL, NULL),
(6, 6, 'Ankle pumps', 'Bombeos de tobillo', NULL, NULL),
(6, 7, 'Bar over mid-foot', 'Barra sobre el mediopié', 'Las espinillas a 2,5-5 cm de la barra.', NULL),
(6, 8, 'Brace all around', 'Tronco firme en 360 grados', 'Activa la faja abdominal en 360 grados antes de que la barra se despegue del suelo.', NULL),
(6, 9, 'Push the floor away', 'Empuja el suelo', NULL, NULL),
(6, 10, 'Lock out hips and knees together', 'Extiende caderas y rodillas a la vez', 'Arriba, no te inclines hacia atrás más allá de la vertical.', NULL),
(6, 11, 'Hips first on the way down', 'Al bajar, primero la cadera', 'Flexiona las rodillas solo cuando la barra las haya pasado.', NULL);

INSERT INTO v18_es_gate_tests (phase_position, position, description_en, description) VALUES
(3, 1, '15 bodyweight hip hinges, pain-free, with a neutral spine', '15 bisagras de cadera con el peso corporal, sin dolor y con la columna neutra'),
(3, 2, 'A 60-second plank without the hips sagging', 'Una plancha de 60 segundos sin que se hunda la cadera'),
(3, 3, 'A single-leg Romanian deadlift with steady balance, no wobble', 'Un peso muerto rumano a una pierna con buen equilibrio, sin tambalearse'),
(3, 4, 'No pain in daily tasks, such as lifting a laundry basket', 'Sin dolor en las tareas diarias, como levantar un cesto de ropa');

-- The default (no owner) and the plans' copies of it.
INSERT INTO protocol_template_translations (template_id, language_tag, name, description)
SELECT t.id, 'es', w.name, w.description
FROM protocol_templates t
JOIN v18_es_template w ON w.name_en = t.name
WHERE t.owner_id IS NULL
   OR (t.plan_copy = TRUE AND t.copied_from_id = (SELECT d.id FROM protocol_templates d WHERE d.owner_id IS NULL));

INSERT INTO protocol_phase_translations (phase_id, language_tag, name, purpose)
SELECT p.id, 'es', w.name, w.purpose
FROM protocol_phases p
JOIN protocol_templates t ON t.id = p.template_id
JOIN v18_es_phases w ON w.position = p.position AND w.name_en = p.name
WHERE t.owner_id IS NULL
   OR (t.plan_copy = TRUE AND t.copied_from_id = (SELECT d.id FROM protocol_templates d WHERE d.owner_id IS NULL));

INSERT INTO protocol_prescription_translations (prescription_id, language_tag, name, instruction, notes)
SELECT r.id, 'es', w.name, w.instruction, w.notes
FROM protocol_prescriptions r
JOIN protocol_phases p ON p.id = r.phase_id
JOIN protocol_templates t ON t.id = p.template_id
JOIN v18_es_prescriptions w ON w.phase_position = p.position AND w.position = r.position AND w.name_en = r.name
WHERE t.owner_id IS NULL
   OR (t.plan_copy = TRUE AND t.copied_from_id = (SELECT d.id FROM protocol_templates d WHERE d.owner_id IS NULL));

INSERT INTO protocol_gate_test_translations (gate_test_id, language_tag, description)
SELECT g.id, 'es', w.description
FROM protocol_gate_tests g
JOIN protocol_phases p ON p.id = g.phase_id
JOIN protocol_templates t ON t.id = p.template_id
JOIN v18_es_gate_tests w ON w.phase_position = p.position AND w.position = g.position AND w.description_en = g.description
WHERE t.owner_id IS NULL
   OR (t.plan_copy = TRUE AND t.copied_from_id = (SELECT d.id FROM protocol_templates d WHERE d.owner_id IS NULL));

DROP TABLE v18_es_template;
DROP TABLE v18_es_phases;
DROP TABLE v18_es_prescriptions;
DROP TABLE v18_es_gate_tests;
